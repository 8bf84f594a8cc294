#!/usr/bin/env python3
"""How threadlint's cost grows with the size of one translation unit.

Generates a C file of N small functions that each create, join or detach a
thread (a quarter are helpers that create one for their caller, so summaries
and the function index are exercised; one function in 1000 leaks its thread,
so findings are rendered too), and runs on the same file, one after another:

    clang-19 -fsyntax-only FILE                                 (the baseline)
    threadlint --max-file-size=1G FILE                          (the CLI)
    clang-19 -fsyntax-only -fplugin=threadlint-plugin.so FILE   (--no-plugin to skip)

Per N it prints, from each child's rusage (wait4): CPU time (user + sys; the
machine is shared, so this is the figure the ratios use; wall time is shown
for threadlint), peak RSS (ru_maxrss), the threadlint/clang and plugin/clang
ratios, and threadlint's CPU time per function: `us/fn` (total / N) and
`slope` (the extra time over the previous N divided by the extra functions),
which stay flat when cost is linear.
Targets: time ratio <= 1.3, memory ratio <= 1.5 at every N.

    bench/scale-bench.py [--threadlint PATH|BUILD_DIR] [--plugin PATH]
                         [--clang CLANG] [--max-n N] [--n N,N,...] [--runs R]
                         [--no-plugin] [--keep DIR]

Each figure is the best of --runs runs (default 1; the three arms alternate).
Exit status: 0 all within target, 1 a ratio over target or a tool failed.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_NS = [10000, 20000, 40000, 80000, 160000, 320000]
TIME_TARGET = 1.3
MEM_TARGET = 1.5
LEAK_EVERY = 1000

PRELUDE = """\
#include <pthread.h>
#include <stddef.h>

static void *worker(void *arg) { return arg; }

"""


def function_text(i):
    """The i-th function; kinds rotate so each N has the same mix."""
    kind = i % 4
    if kind == 0:  # a helper whose summary its caller (i + 1) needs
        return ("static int spawn_%d(pthread_t *t, void *arg) {\n"
                "    return pthread_create(t, NULL, worker, arg);\n"
                "}\n\n") % i
    if kind == 1:
        return ("int run_%d(void *arg) {\n"
                "    pthread_t t;\n"
                "    if (spawn_%d(&t, arg) != 0)\n"
                "        return -1;\n"
                "    return pthread_join(t, NULL);\n"
                "}\n\n") % (i, i - 1)
    leak = i % LEAK_EVERY == 2
    if kind == 2:
        return ("int detach_%d(void *arg) {\n"
                "    pthread_t t;\n"
                "    if (pthread_create(&t, NULL, worker, arg) != 0)\n"
                "        return -1;\n"
                "%s"
                "    return 0;\n"
                "}\n\n") % (i, "" if leak else "    pthread_detach(t);\n")
    return ("int join_%d(void *arg) {\n"
            "    pthread_t t;\n"
            "    int rc = pthread_create(&t, NULL, worker, arg);\n"
            "    if (rc == 0)\n"
            "        rc = pthread_join(t, NULL);\n"
            "    return rc;\n"
            "}\n\n") % i


def generate(path, n):
    with open(path, "w") as f:
        f.write(PRELUDE)
        for i in range(n):
            f.write(function_text(i))
    return n // LEAK_EVERY + (1 if n % LEAK_EVERY > 2 else 0)


def run(argv):
    """CPU seconds, wall seconds, peak RSS in MB, exit status and stderr of one child."""
    start = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - start
    cpu = usage.ru_utime + usage.ru_stime
    return cpu, wall, usage.ru_maxrss / 1024.0, p.returncode, err.decode(errors="replace")


def find_threadlint(arg):
    path = arg or os.path.join(ROOT, "build")
    if os.path.isdir(path):
        path = os.path.join(path, "bin", "threadlint")
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--threadlint", help="binary or build directory (default build/)")
    ap.add_argument("--plugin", help="plugin .so (default: next to the threadlint binary)")
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--n", help="comma-separated function counts (default %s)"
                    % ",".join(map(str, DEFAULT_NS)))
    ap.add_argument("--max-n", type=int, help="stop after this N")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--no-plugin", action="store_true")
    ap.add_argument("--keep", help="write the generated files here and keep them")
    args = ap.parse_args()

    tl = find_threadlint(args.threadlint)
    plugin = args.plugin or os.path.join(os.path.dirname(os.path.dirname(tl)), "lib",
                                         "threadlint-plugin.so")
    ns = [int(x) for x in args.n.split(",")] if args.n else DEFAULT_NS
    if args.max_n:
        ns = [n for n in ns if n <= args.max_n]
    arms = [("clang", lambda f: [args.clang, "-fsyntax-only", f]),
            ("threadlint", lambda f: [tl, "--max-file-size=1G", f])]
    if not args.no_plugin:
        arms.append(("plugin", lambda f: [args.clang, "-fsyntax-only", "-fplugin=" + plugin, f]))

    workdir = args.keep or tempfile.mkdtemp(prefix="scale-bench.")
    os.makedirs(workdir, exist_ok=True)
    header = "%8s %7s %9s %9s %8s %7s %8s %8s %7s %7s %7s" % (
        "N", "MB", "clang(s)", "tl(s)", "tl-wall", "t-ratio", "clangMB", "tlMB", "m-ratio",
        "us/fn", "slope")
    if not args.no_plugin:
        header += " %9s %7s %7s" % ("plugin(s)", "p-ratio", "p-mem")
    print("clang: %s; threadlint: %s" % (args.clang, tl))
    print(header)
    failed = False
    prev = None
    for n in ns:
        src = os.path.join(workdir, "scale-%d.c" % n)
        leaks = generate(src, n)
        best = {}
        for r in range(args.runs):
            order = arms if r % 2 == 0 else arms[::-1]
            for name, argv in order:
                cpu, wall, mb, rc, err = run(argv(src))
                warnings = err.count("[pthread.") if name == "plugin" else None
                ok = rc == 0 if name == "clang" else (rc in (0, 1) if name == "threadlint"
                                                       else rc == 0)
                if not ok:
                    print("%s failed on N=%d (exit %d): %s" % (name, n, rc, err[-500:]),
                          file=sys.stderr)
                    failed = True
                if warnings is not None and warnings != leaks:
                    print("plugin reported %d findings on N=%d, expected %d"
                          % (warnings, n, leaks), file=sys.stderr)
                    failed = True
                old = best.get(name)
                best[name] = ((min(old[0], cpu), max(old[1], mb), min(old[2], wall)) if old
                              else (cpu, mb, wall))
        ct, cm, _ = best["clang"]
        tt, tm, tw = best["threadlint"]
        per_fn = tt / n * 1e6
        slope = (tt - prev[1]) / (n - prev[0]) * 1e6 if prev else per_fn
        prev = (n, tt)
        size = os.path.getsize(src) / 1e6
        line = "%8d %7.1f %9.2f %9.2f %8.2f %7.2f %8.0f %8.0f %7.2f %7.1f %7.1f" % (
            n, size, ct, tt, tw, tt / ct, cm, tm, tm / cm, per_fn, slope)
        failed |= tt / ct > TIME_TARGET or tm / cm > MEM_TARGET
        if "plugin" in best:
            pt, pm, _ = best["plugin"]
            line += " %9.2f %7.2f %7.2f" % (pt, pt / ct, pm / cm)
        print(line, flush=True)
        if not args.keep:
            os.unlink(src)
    if not args.keep:
        os.rmdir(workdir)
    print("targets: t-ratio <= %.1f, m-ratio <= %.1f; %s"
          % (TIME_TARGET, MEM_TARGET, "OVER" if failed else "all within"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
