# initialize goes to clangd and its answer comes back: clangd's capabilities
# (incremental sync, code actions), then requests relay both ways.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import LEAK_C, expect, run  # noqa: E402


def test(sc):
    c = sc.start(initialize=False)
    res = c.initialize(root=sc.workdir)
    caps = res.get("capabilities", {})
    sync = caps.get("textDocumentSync")
    change = sync.get("change") if isinstance(sync, dict) else sync
    expect(change == 2, "textDocumentSync.change is %r, not 2 (incremental): %r" % (change, sync), c)
    cap = caps.get("codeActionProvider")
    expect(cap, "no codeActionProvider in %r" % caps, c)
    if isinstance(cap, dict) and "codeActionKinds" in cap:
        expect("quickfix" in cap["codeActionKinds"], "codeActionKinds without quickfix: %r" % cap, c)
    expect("clangd" in str(res.get("serverInfo", {}).get("name", "")) or "hoverProvider" in caps,
           "this does not look like clangd's answer: %r" % res, c)
    # A request that only clangd can answer, relayed there and back.
    doc = sc.open(c, "a.c", LEAK_C)
    syms = c.call("textDocument/documentSymbol", {"textDocument": {"uri": doc.uri}})
    names = [s.get("name") for s in syms or []]
    expect("start" in names and "worker" in names, "documentSymbol: %r" % names, c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
