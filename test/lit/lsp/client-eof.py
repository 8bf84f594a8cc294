# The editor goes away without shutdown (its end of stdin closes): the proxy
# exits on its own and takes clangd (and any other child) with it.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import LEAK_C, child_pids, clangd_child, expect, has_leak, run, wait_gone  # noqa: E402


def test(sc):
    c = sc.start()
    doc = sc.open(c, "leak.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=has_leak)
    clangd = clangd_child(c)
    kids = child_pids(c.pid)   # clangd, and the analysis worker if any
    c.proc.stdin.close()
    c.wait_exit(10)
    expect(clangd in kids, "clangd %d not among the children %r" % (clangd, kids), c)
    wait_gone(c, kids)


run(test)
