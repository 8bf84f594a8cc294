# Two documents open at once: each gets its own findings under its own URI
# (none cross over), an edit to one leaves the other's alone, and closing one
# clears only that one.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (FIXABLE_C, JOINED_C, LEAK_C, expect, has_leak,  # noqa: E402
                        has_unused_warning, publishes, run, settled, tl)


def test(sc):
    c = sc.start()
    a = sc.open(c, "a.c", LEAK_C)
    b = sc.open(c, "b.c", FIXABLE_C)
    pa = c.wait_diagnostics(a.uri, version=1, pred=lambda ds: has_leak(ds) and has_unused_warning(ds))
    pb = c.wait_diagnostics(b.uri, version=1, pred=lambda ds: len(tl(ds)) == 2)
    for doc, p in ((a, pa), (b, pb)):
        for d in tl(p["diagnostics"]):
            for n in d.get("relatedInformation") or []:
                expect(n["location"]["uri"] == doc.uri, "a note of %s points into %s"
                       % (doc.uri, n["location"]["uri"]), c)
            expect(doc.text_at(d["range"]).startswith("pthread_create"),
                   "%s: the finding covers %r" % (doc.uri, doc.text_at(d["range"])), c)
    mark = c.mark()
    v = a.set_text(JOINED_C)
    c.wait_diagnostics(a.uri, version=v, after=mark, pred=lambda ds: not tl(ds) and has_unused_warning(ds))
    settled(c, a.uri, after=mark)
    for p in publishes(c, b.uri, mark):
        expect(len(tl(p["diagnostics"])) == 2, "b.c lost findings when a.c changed: %r" % p, c)
    mark = c.mark()
    b.close()
    c.wait_diagnostics(b.uri, after=mark, pred=lambda ds: ds == [])
    last_a = settled(c, a.uri, after=0)
    expect(last_a["version"] == v and has_unused_warning(last_a["diagnostics"]),
           "a.c after b.c closed: %r" % last_a, c)
    for p in publishes(c, a.uri, mark):
        expect(p["diagnostics"], "closing b.c cleared a.c: %r" % p, c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
