# shutdown then exit: the proxy exits 0, and its children (clangd, and an
# analysis worker if it has one) are gone too.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (LEAK_C, child_pids, clangd_child, expect, has_leak, run,  # noqa: E402
                        signal_name, wait_gone)


def test(sc):
    c = sc.start()
    doc = sc.open(c, "leak.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=has_leak)
    clangd = clangd_child(c)
    kids = child_pids(c.pid)   # clangd, and the analysis worker if any
    res = c.call("shutdown")
    expect(res is None, "shutdown result %r, not null" % (res,), c)
    c.notify("exit")
    code = c.wait_exit(10)
    expect(code == 0, "exit code %s, not 0" % signal_name(code), c)
    expect(clangd in kids, "clangd %d not among the children %r" % (clangd, kids), c)
    wait_gone(c, kids)
    expect(not c.protocol_errors, "bad frames from the proxy: %r" % c.protocol_errors, c)


run(test)
