# Well-framed bodies that are not JSON (cut short, not UTF-8, not JSON at
# all): the proxy logs an error (or answers with a JSON-RPC error), does not
# crash, and the session carries on.
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
    c.send_raw(encode_frame(b'{"jsonrpc": "2.0", "id": 99, "method": '))   # cut short
    c.send_raw(encode_frame(b'\xff\xfe not utf-8 }'))
    c.send_raw(encode_frame(b'{not json at all}'))
    time.sleep(0.3)
    expect(c.proc.poll() is None, "the proxy exited (%s) on a bad body"
           % signal_name(c.proc.returncode), c)
    doc = sc.open(c, "leak.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: has_leak(ds) and has_unused_warning(ds),
                       what="both diagnostics after the bad bodies")
    syms = c.call("textDocument/documentSymbol", {"textDocument": {"uri": doc.uri}})
    expect(any(s.get("name") == "start" for s in syms or []), "documentSymbol: %r" % syms, c)
    errors = [m for m in c.log if m[1] == "<" and "error" in m[2] and m[2].get("id") is None]
    expect(len(c.stderr_text()) > before or errors,
           "neither a log line on stderr nor an error response for the bad bodies", c)
    expect(not c.protocol_errors, "the proxy sent bad frames: %r" % c.protocol_errors, c)
    code = c.shutdown_and_exit()
    expect(code == 0, "exit code %s" % signal_name(code), c)


run(test)
