# A clean file (the thread is joined), then an incremental edit that deletes
# the join: threadlint's finding appears beside clangd's warning.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (JOINED_C, LEAK_C, LEAK_RULE, check_versions_monotonic, expect,  # noqa: E402
                        has_leak, has_unused_warning, run, settled, tl)


def test(sc):
    c = sc.start()
    doc = sc.open(c, "joined.c", JOINED_C)
    c.wait_diagnostics(doc.uri, version=1, pred=has_unused_warning)
    first = settled(c, doc.uri)
    expect(not tl(first["diagnostics"]), "findings on the joined file: %r" % first, c)
    mark = c.mark()
    v = doc.replace("    pthread_join(t, NULL);\n", "")
    expect(doc.text == LEAK_C, "the edit did not give the leaking text", c)
    p = c.wait_diagnostics(doc.uri, version=v, after=mark,
                           pred=lambda ds: has_leak(ds) and has_unused_warning(ds),
                           what="a publish for version %d with the leak and -Wunused-variable" % v)
    (d,) = tl(p["diagnostics"])
    expect(d["code"] == LEAK_RULE and d["range"]["start"] == doc.position("pthread_create"),
           "finding %r" % d, c)
    last = settled(c, doc.uri, after=mark)
    expect(last["version"] == v and len(tl(last["diagnostics"])) == 1
           and has_unused_warning(last["diagnostics"]), "last publish: %r" % last, c)
    check_versions_monotonic(c, doc.uri)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
