# clangd dies mid-session (SIGKILL to the proxy's clangd child): the proxy
# exits with a non-zero status (not by a signal of its own) and says on
# stderr that clangd went away.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import re
import signal
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import LEAK_C, clangd_child, expect, has_leak, run, signal_name  # noqa: E402


def test(sc):
    c = sc.start()
    doc = sc.open(c, "leak.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=has_leak)
    clangd = clangd_child(c)
    before = len(c.stderr_text())
    os.kill(clangd, signal.SIGKILL)
    code = c.wait_exit(10)
    expect(code is not None and code > 0,
           "the proxy's exit status is %s; want a non-zero exit code" % signal_name(code), c)
    said = c.stderr_text()[before:]
    expect(re.search(r"clangd.*(exit|die|died|kill|signal|terminat|crash|gone|lost|clos)",
                     said, re.I | re.S),
           "no message about clangd on stderr after the kill; it said %r" % said, c)


run(test)
