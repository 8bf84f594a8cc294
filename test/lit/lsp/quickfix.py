# textDocument/codeAction on threadlint's finding returns a threadlint quick
# fix (kind quickfix, a WorkspaceEdit, isPreferred); applied to the buffer it
# silences the finding.  clangd's own quick fixes still come back.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (FIXABLE_C, apply_action, expect, others, quickfixes, run,  # noqa: E402
                        settled, tl)


def test(sc):
    c = sc.start()
    doc = sc.open(c, "fix.c", FIXABLE_C)
    p = c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: len(tl(ds)) == 2,
                           what="version 1 with threadlint's two findings")
    (d,) = [x for x in tl(p["diagnostics"]) if "'pump' returns" in x["message"]]
    actions = c.code_actions(doc, d["range"], [d])
    fixes = quickfixes(actions, d)
    expect(len(fixes) == 1, "expected one threadlint quick fix for %r, got actions %r" % (d, actions), c)
    fix = fixes[0]
    expect(fix.get("isPreferred") is True, "isPreferred is %r" % fix.get("isPreferred"), c)
    expect(fix.get("title"), "no title: %r" % fix, c)
    # clangd's quick fix for the -Wparentheses warning is still relayed.
    (w,) = [x for x in others(p["diagnostics"]) if x.get("code") == "-Wparentheses"]
    cl_actions = c.code_actions(doc, w["range"], [w])
    expect([a for a in cl_actions if a.get("kind") == "quickfix" and "edit" in a and not quickfixes([a])],
           "clangd's quick fixes for -Wparentheses are gone: %r" % cl_actions, c)
    mark = c.mark()
    v = apply_action(c, doc, fix)
    expect("        pthread_join(prod, NULL);\n        return -1;" in doc.text,
           "the fix did not join before the early return:\n" + doc.text, c)
    c.wait_diagnostics(doc.uri, version=v, after=mark,
                       pred=lambda ds: len(tl(ds)) == 1 and not any("'pump'" in x["message"] for x in tl(ds)),
                       what="version %d with only the other finding left" % v)
    last = settled(c, doc.uri, after=mark)
    expect(last["version"] == v and len(tl(last["diagnostics"])) == 1, "last publish: %r" % last, c)
    expect(not [x for x in last["diagnostics"] if x.get("severity") == 1],
           "the fixed file has errors: %r" % last, c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
