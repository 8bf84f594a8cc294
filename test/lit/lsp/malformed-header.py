# Frames with a bad header from the client (a Content-Length that is not a
# number, a header block without Content-Length): the proxy logs an error on
# stderr, does not crash, and the session carries on: diagnostics from both
# clangd and threadlint, requests answered, a clean exit.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
import time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (LEAK_C, expect, has_leak, has_unused_warning, run,  # noqa: E402
                        signal_name)


def test(sc):
    c = sc.start()
    before = len(c.stderr_text())
    c.send_raw(b"Content-Length: twelve\r\n\r\n")
    c.send_raw(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n")
    time.sleep(0.3)
    expect(c.proc.poll() is None, "the proxy exited (%s) on a bad header"
           % signal_name(c.proc.returncode), c)
    doc = sc.open(c, "leak.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: has_leak(ds) and has_unused_warning(ds),
                       what="both diagnostics after the bad headers")
    syms = c.call("textDocument/documentSymbol", {"textDocument": {"uri": doc.uri}})
    expect(any(s.get("name") == "start" for s in syms or []), "documentSymbol: %r" % syms, c)
    expect(len(c.stderr_text()) > before, "nothing logged on stderr about the bad headers", c)
    code = c.shutdown_and_exit()
    expect(code == 0, "exit code %s" % signal_name(code), c)


run(test)
