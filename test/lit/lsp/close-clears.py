# didClose clears the document's diagnostics: an empty publish, and no
# finding comes back for it later, even when an analysis was still pending
# (an edit immediately followed by didClose).
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (JOINED_C, LEAK_C, expect, has_leak, has_unused_warning, run,  # noqa: E402
                        settled)


def test(sc):
    c = sc.start()
    doc = sc.open(c, "leak.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: has_leak(ds) and has_unused_warning(ds))
    mark = c.mark()
    doc.close()
    c.wait_diagnostics(doc.uri, after=mark, pred=lambda ds: ds == [],
                       what="an empty publish after didClose")
    last = settled(c, doc.uri, after=mark)
    expect(last["diagnostics"] == [], "after didClose the last publish is %r" % last, c)

    # Reopen, edit, close at once: the pending analysis must not publish.
    doc = sc.open(c, "leak.c", JOINED_C)
    c.wait_diagnostics(doc.uri, version=1, pred=has_unused_warning)
    settled(c, doc.uri)
    doc.replace("    pthread_join(t, NULL);\n", "")
    mark = c.mark()
    doc.close()
    c.wait_diagnostics(doc.uri, after=mark, pred=lambda ds: ds == [],
                       what="an empty publish after the second didClose")
    last = settled(c, doc.uri, after=mark)
    expect(last["diagnostics"] == [], "after the second didClose the last publish is %r" % last, c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
