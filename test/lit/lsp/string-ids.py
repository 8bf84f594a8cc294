# JSON-RPC ids may be strings: the answers come back under the editor's own
# ids, including the code-action answer the proxy adds its quick fix to.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import FIXABLE_C, expect, quickfixes, run, tl  # noqa: E402


def test(sc):
    c = sc.start()
    doc = sc.open(c, "ids.c", FIXABLE_C)
    p = c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: len(tl(ds)) == 2)
    (d,) = [x for x in tl(p["diagnostics"]) if "'pump' returns" in x["message"]]
    hover = c.call("textDocument/hover", {"textDocument": {"uri": doc.uri},
                                          "position": doc.position("producer", 1)}, rid="hover-1")
    expect(hover and "producer" in str(hover.get("contents")), "hover: %r" % hover, c)
    acts = c.code_actions(doc, d["range"], [d], rid="ca:2")
    expect(quickfixes(acts, d), "no threadlint quick fix under a string id: %r" % acts, c)
    # A number and a string that look alike are different ids.
    rid_n = c.request("textDocument/codeAction", {"textDocument": {"uri": doc.uri},
                                                  "range": d["range"],
                                                  "context": {"diagnostics": [d]}}, rid=77)
    rid_s = c.request("textDocument/codeAction", {"textDocument": {"uri": doc.uri},
                                                  "range": d["range"],
                                                  "context": {"diagnostics": [d]}}, rid="77")
    for rid in (rid_n, rid_s):
        acts = c.wait_response(rid)
        expect(quickfixes(acts, d), "id %r: no threadlint quick fix: %r" % (rid, acts), c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
