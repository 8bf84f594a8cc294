# A quick fix made of two edits (`if (` before the create, `== 0) pthread_detach`
# after it): both land, the file still compiles, and the finding goes.  Then
# the last finding too: the re-publish has no threadlint diagnostic at all.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (FIXABLE_C, apply_action, expect, quickfixes, run, settled,  # noqa: E402
                        tl)


def test(sc):
    c = sc.start()
    doc = sc.open(c, "storm.c", FIXABLE_C)
    p = c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: len(tl(ds)) == 2,
                           what="version 1 with threadlint's two findings")
    (d,) = [x for x in tl(p["diagnostics"]) if "overwritten" in x["message"]]
    fixes = quickfixes(c.code_actions(doc, d["range"], [d]), d)
    expect(len(fixes) == 1, "expected one quick fix for %r: %r" % (d, fixes), c)
    mark = c.mark()
    v = apply_action(c, doc, fixes[0])
    expect("if (pthread_create(&thread, NULL, handle, (void *)(long)fd) == 0)\n"
           "            pthread_detach(thread);" in doc.text, "fixed text:\n" + doc.text, c)
    p = c.wait_diagnostics(doc.uri, version=v, after=mark,
                           pred=lambda ds: len(tl(ds)) == 1,
                           what="version %d with one finding left" % v)
    (d,) = tl(p["diagnostics"])
    fixes = quickfixes(c.code_actions(doc, d["range"], [d]), d)
    expect(len(fixes) == 1, "expected one quick fix for %r: %r" % (d, fixes), c)
    mark = c.mark()
    v = apply_action(c, doc, fixes[0])
    c.wait_diagnostics(doc.uri, version=v, after=mark, pred=lambda ds: not tl(ds),
                       what="version %d without threadlint diagnostics" % v)
    last = settled(c, doc.uri, after=mark)
    expect(last["version"] == v and not tl(last["diagnostics"]), "last publish: %r" % last, c)
    expect(not [x for x in last["diagnostics"] if x.get("severity") == 1],
           "the fixed file has errors: %r" % last, c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
