# Well-framed bodies that are JSON but not JSON-RPC messages LSP allows (an
# array, a number, an object without "jsonrpc": "2.0", one with neither a
# method nor an id).  clangd 19 ends its session on any of them ("Not a
# JSON-RPC 2.0 message", exit status 1), so the proxy must not hand them on:
# it logs an error (or answers with a JSON-RPC error) and the session carries on.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
import time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (LEAK_C, expect, has_leak, has_unused_warning, run,  # noqa: E402
                        signal_name)
from lsp_client import encode_frame  # noqa: E402


def test(sc):
    c = sc.start()
    before = len(c.stderr_text())
    for body in (b'[1, 2, 3]', b'42', b'{"foo": 1}', b'{"jsonrpc": "2.0"}',
                 b'{"id": 7, "method": "textDocument/hover", "params": {}}'):
        c.send_raw(encode_frame(body))
    time.sleep(0.3)
    expect(c.proc.poll() is None, "the proxy exited (%s) on a JSON body that is not JSON-RPC"
           % signal_name(c.proc.returncode), c)
    doc = sc.open(c, "leak.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: has_leak(ds) and has_unused_warning(ds),
                       what="both diagnostics after the non-JSON-RPC bodies")
    syms = c.call("textDocument/documentSymbol", {"textDocument": {"uri": doc.uri}})
    expect(any(s.get("name") == "start" for s in syms or []), "documentSymbol: %r" % syms, c)
    errors = [m for m in c.log if m[1] == "<" and "error" in m[2] and m[2].get("id") is None]
    expect(len(c.stderr_text()) > before or errors,
           "neither a log line on stderr nor an error response for the non-JSON-RPC bodies", c)
    expect(not c.protocol_errors, "the proxy sent bad frames: %r" % c.protocol_errors, c)
    code = c.shutdown_and_exit()
    expect(code == 0, "exit code %s" % signal_name(code), c)


run(test)
