#!/usr/bin/env python3
"""Run the threadlint-clangd scenarios (test/lit/lsp/*.py) without lit.

    python3 test/lsp/run.py [-j N] [-k PATTERN] [-v] [--clangd PATH] SERVER [ARGS...]

SERVER is the proxy (BUILD/bin/threadlint-clangd, or a build directory);
--clangd (default: clangd-19, else clangd on PATH) is passed to it as
--clangd=PATH, ARGS after it as they are.  Each scenario runs in its own
temporary directory; -k runs only those whose name contains PATTERN, -v
shows each scenario's output, not only a failing one's.  Exits 1 when any
scenario fails.  Under lit the same scripts run as `lit test/lit/lsp`.
"""
import argparse
import concurrent.futures
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIOS = os.path.join(HERE, "..", "lit", "lsp")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-j", type=int, default=1, help="scenarios in parallel (default 1)")
    ap.add_argument("-k", default="", help="only scenarios whose name contains this")
    ap.add_argument("-v", action="store_true", help="show every scenario's output")
    ap.add_argument("--clangd", default=shutil.which("clangd-19") or shutil.which("clangd"))
    ap.add_argument("--timeout", type=float, default=120, help="seconds per scenario")
    ap.add_argument("server", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    if not a.server:
        ap.error("give the server (BUILD/bin/threadlint-clangd)")
    server = list(a.server)
    if os.path.isdir(server[0]):
        server[0] = os.path.join(server[0], "bin", "threadlint-clangd")
    server[0] = os.path.abspath(server[0])
    scripts = sorted(p for p in glob.glob(os.path.join(SCENARIOS, "*.py"))
                     if a.k in os.path.basename(p))
    tmp = tempfile.mkdtemp(prefix="tl-lsp-run-")

    def one(script):
        name = os.path.splitext(os.path.basename(script))[0]
        extra = ["--version"] if name == "version" else (["--clangd=" + a.clangd] if a.clangd else [])
        extra += server[1:] if name != "version" else []
        if name == "args-passthrough":
            extra += ["--log=error", "--pretty", "-j=1"]
        cmd = [sys.executable, script, "--workdir", os.path.join(tmp, name), server[0]] + extra
        env = None
        if name == "lsp-client-selftest":  # the client's own test, not a scenario
            cmd = [sys.executable, os.path.join(HERE, "test_lsp_client.py")]
            env = dict(os.environ, CLANGD=a.clangd or "")
        t0 = time.monotonic()
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout, env=env)
            ok, out = r.returncode == 0, r.stdout + r.stderr
        except subprocess.TimeoutExpired as e:
            ok, out = False, "timed out after %ds\n%s" % (a.timeout, e.stdout or "")
        return name, ok, time.monotonic() - t0, out

    failed = []
    with concurrent.futures.ThreadPoolExecutor(max(1, a.j)) as ex:
        for name, ok, secs, out in ex.map(one, scripts):
            print("%s %-24s %6.2fs" % ("PASS" if ok else "FAIL", name, secs), flush=True)
            if not ok or a.v:
                print("    " + out.rstrip().replace("\n", "\n    "), flush=True)
            if not ok:
                failed.append(name)
    print("%d of %d scenarios passed%s" % (len(scripts) - len(failed), len(scripts),
                                           "; failed: " + " ".join(failed) if failed else ""))
    if not failed:
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print("work directories kept in " + tmp)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
