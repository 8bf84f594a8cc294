# An incremental edit that joins the thread: threadlint's finding goes,
# clangd's warning stays, and no stale finding comes back afterwards.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (JOINED_C, LEAK_C, check_versions_monotonic, expect, has_leak,  # noqa: E402
                        has_unused_warning, run, settled, tl)


def test(sc):
    c = sc.start()
    doc = sc.open(c, "leak.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: has_leak(ds) and has_unused_warning(ds))
    mark = c.mark()
    v = doc.insert_after("        return -1;\n", "    pthread_join(t, NULL);\n")
    expect(doc.text == JOINED_C, "the edit did not give the joined text:\n" + doc.text, c)
    c.wait_diagnostics(doc.uri, version=v, after=mark,
                       pred=lambda ds: not tl(ds) and has_unused_warning(ds),
                       what="a publish for version %d with -Wunused-variable and no threadlint" % v)
    last = settled(c, doc.uri, after=mark)
    expect(last["version"] == v and not tl(last["diagnostics"])
           and has_unused_warning(last["diagnostics"]), "last publish: %r" % last, c)
    check_versions_monotonic(c, doc.uri)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
