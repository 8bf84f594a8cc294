# --version prints a version and exits 0 at once, without starting clangd or
# reading stdin.
# RUN: %python %s --workdir %t %threadlint_clangd --version
import os
import re
import subprocess
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import expect, run  # noqa: E402


def test(sc):
    p = subprocess.Popen(sc.server, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=sc.workdir)
    try:
        out, err = p.communicate(timeout=10)   # stdin stays open until then
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        raise AssertionError("--version still running after 10s; stdout %r stderr %r" % (out, err))
    out = out.decode("utf-8", "replace")
    expect(p.returncode == 0, "exit code %d; stdout %r stderr %r" % (p.returncode, out, err))
    expect(re.search(r"threadlint", out) and re.search(r"\d+\.\d+", out),
           "no 'threadlint' and a version number in %r" % out)
    expect("Content-Length" not in out, "--version spoke LSP: %r" % out)


run(test)
