#!/usr/bin/env python3
"""What the summaries pass costs on real projects (docs/summaries.md).

Per project (a directory holding compile_commands.json), one after another
and one process at a time (-j 1):

    clang-19 -fsyntax-only <flags>   for every C entry (first per file)  (the baseline)
    threadlint -p DB --no-summaries                                      (one pass)
    threadlint -p DB                                                     (two passes)

DB is a copy of the database holding the same C entries, one per file, so
every arm handles the same files once. clang runs once per file, as a
build does, so its figure includes a process start per file, which the one
threadlint process pays once: 2p/1p, the cost of the summaries pass, is the
figure to watch; bench/bench.sh compares threadlint with clang per file.
Figures are CPU time (user + sys of
the children, from rusage: the machine is shared), the best of --runs runs
with the arms alternating. Printed per project and overall: each arm's
seconds, one pass / clang, two passes / clang, and two passes / one pass.
The core issue's target is a time ratio of at most 1.3 against clang.

    bench/summaries-bench.py [--threadlint PATH|BUILD_DIR] [--clang CLANG] [--runs R] PROJECT_DIR...

Exit status: 0, or 1 when a tool failed (threadlint's status 1, findings, is fine).
"""
import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def resolve_threadlint(p):
    return os.path.join(p, "bin", "threadlint") if os.path.isdir(p) else p


def entry_args(e):
    return e["arguments"] if "arguments" in e else shlex.split(e["command"])


def c_entries(db):
    """The first entry of each .c file."""
    seen, out = set(), []
    for e in db:
        path = os.path.normpath(os.path.join(e["directory"], e["file"]))
        if path.endswith(".c") and path not in seen:
            seen.add(path)
            out.append(e)
    return out


def clang_command(clang, e):
    """The entry's flags for clang -fsyntax-only: no compiler, -c, -o X, input."""
    args, out, skip = entry_args(e)[1:], [], False
    source = os.path.normpath(os.path.join(e["directory"], e["file"]))
    for a in args:
        if skip:
            skip = False
        elif a == "-o":
            skip = True
        elif (a == "-c" or a.startswith("-o") or a.startswith("-M") or
              os.path.normpath(os.path.join(e["directory"], a)) == source):
            continue
        else:
            out.append(a)
    return [clang, "-fsyntax-only", "-w"] + out + [e["file"]]


def cpu_of(cmd, cwd, ok=(0,)):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    rc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if rc not in ok:
        sys.exit("summaries-bench: %s failed (exit %d) in %s" % (" ".join(cmd[:3]), rc, cwd))
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threadlint", default=os.path.join(HERE, "..", "build"))
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("projects", nargs="+")
    a = ap.parse_args()
    tl = resolve_threadlint(a.threadlint)
    rows, totals = [], [0.0, 0.0, 0.0]
    with tempfile.TemporaryDirectory() as tmp:
        for p in a.projects:
            with open(os.path.join(p, "compile_commands.json")) as f:
                entries = c_entries(json.load(f))
            db = os.path.join(tmp, os.path.basename(os.path.normpath(p)))
            os.makedirs(db)
            with open(os.path.join(db, "compile_commands.json"), "w") as f:
                json.dump(entries, f)
            best = [float("inf")] * 3
            for _ in range(a.runs):
                t = sum(cpu_of(clang_command(a.clang, e), e["directory"], ok=(0, 1)) for e in entries)
                best[0] = min(best[0], t)
                best[1] = min(best[1], cpu_of([tl, "-p", db, "-j", "1", "--quiet", "--no-summaries"],
                                              p, ok=(0, 1)))
                best[2] = min(best[2], cpu_of([tl, "-p", db, "-j", "1", "--quiet"], p, ok=(0, 1)))
            rows.append((os.path.basename(os.path.normpath(p)), len(entries), best))
            totals = [x + y for x, y in zip(totals, best)]
    print("%-12s %5s %9s %9s %9s %8s %8s %8s" % ("project", "files", "clang s", "1 pass s",
                                                "2 pass s", "1p/clang", "2p/clang", "2p/1p"))
    for name, n, (c, one, two) in rows + [("total", sum(r[1] for r in rows), totals)]:
        print("%-12s %5d %9.2f %9.2f %9.2f %8.2f %8.2f %8.2f" % (name, n, c, one, two, one / c,
                                                                 two / c, two / one))
    print("CPU seconds (user + sys), best of %d runs; the target is 2p/clang <= 1.3" % a.runs)


if __name__ == "__main__":
    main()
