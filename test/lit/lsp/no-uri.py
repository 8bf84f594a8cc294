# Document messages without a URI (didChange with no textDocument.uri, a
# codeAction without one): clangd copes, and so must the proxy, which once
# looked such a document up by a null name and crashed (found by fuzz_lsp).
# The session carries on: the leak is still reported, requests answered.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
import time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import LEAK_C, expect, has_leak, run, signal_name  # noqa: E402


def test(sc):
    c = sc.start()
    doc = sc.open(c, "leak.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=has_leak, what="the leak before")
    c.notify("textDocument/didChange", {"textDocument": {"version": 2},
                                        "contentChanges": [{"text": "int x;\n"}]})
    c.notify("textDocument/didChange", {"contentChanges": []})
    c.send({"jsonrpc": "2.0", "id": "ca", "method": "textDocument/codeAction",
            "params": {"textDocument": {}}})
    time.sleep(0.5)
    expect(c.proc.poll() is None, "the proxy exited (%s) on a message without a URI"
           % signal_name(c.proc.returncode), c)
    syms = c.call("textDocument/documentSymbol", {"textDocument": {"uri": doc.uri}})
    expect(any(s.get("name") == "start" for s in syms or []), "documentSymbol: %r" % syms, c)
    code = c.shutdown_and_exit()
    expect(code == 0, "exit code %s" % signal_name(code), c)


run(test)
