# Arguments other than the proxy's own reach clangd unchanged and in order;
# --clangd= itself does not.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd --log=error --pretty -j=1
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import clangd_child, expect, run  # noqa: E402


def test(sc):
    c = sc.start()
    pid = clangd_child(c)
    with open("/proc/%d/cmdline" % pid, "rb") as f:
        argv = [a.decode() for a in f.read().split(b"\0") if a]
    want = ["--log=error", "--pretty", "-j=1"]
    expect(any(argv[i:i + len(want)] == want for i in range(1, len(argv))),
           "clangd's arguments %r do not hold %r in that order" % (argv, want), c)
    expect(not any(a.startswith("--clangd") for a in argv[1:]), "clangd got --clangd: %r" % argv, c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
