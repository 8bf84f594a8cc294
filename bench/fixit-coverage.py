#!/usr/bin/env python3
"""How many warnings of the lit rule tests carry a fix-it, and how many of
those fix-its round-trip, per rule.

Each test file is analysed as its first RUN line does by default (no -D).
The right-hand columns leave out the fixit-none-* tests, which hold on
purpose the findings that must get no edit (each beside a test that has
one), so that adding such a neighbour does not lower the figure.
Every warning's fix-it is applied alone to a copy, which must then compile
with clang -Wall -Wextra -Werror -fsyntax-only (no diagnostic the original
did not have) and, re-analysed, must lose that warning and gain no other
warning.

    bench/fixit-coverage.py [--threadlint build/bin/threadlint] [--clang clang-19]
                            [--verbose] [dir-or-file ...]
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRS = ["test/lit/thread", "test/lit/attr", "test/lit/key", "test/lit/cleanup"]
FINDING = re.compile(r"^(.*?):(\d+):(\d+): (warning|note|remark): (.*) \[(pthread\.\w+)\]$")
FIXIT = re.compile(r'^fix-it:"(.*)":\{(\d+):(\d+)-(\d+):(\d+)\}:"(.*)"$')
CLANG_DIAG = re.compile(r"^[^:]*:\d+:\d+: (warning|error): (.*)$")


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"'}.get(nxt, nxt))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def analyse(threadlint, path, incdir):
    """Findings of one file: [(severity, rule, message, [(l1,c1,l2,c2,text)])]."""
    p = subprocess.run([threadlint, "--no-source", "--quiet", path, "-I" + incdir],
                       capture_output=True,
                       text=True)
    findings = []
    for line in (p.stdout + p.stderr).splitlines():
        m = FINDING.match(line)
        if m and not line.startswith(" "):
            findings.append((m.group(4), m.group(6), m.group(5), []))
            continue
        m = FIXIT.match(line)
        if m and findings:
            findings[-1][3].append(tuple(int(m.group(k)) for k in range(2, 6)) +
                                   (unescape(m.group(6)),))
    # a note-level finding is followed by its path notes, which also end in
    # no [rule]; only lines ending in a rule name are findings
    return findings


def offset(lines, line, col):
    return sum(len(l) for l in lines[:line - 1]) + col - 1


def apply_fix(data, edits):
    lines = data.splitlines(keepends=True)
    spans = sorted(((offset(lines, l1, c1), offset(lines, l2, c2), t)
                    for l1, c1, l2, c2, t in edits), reverse=True)
    raw = data.encode()
    for b, e, t in spans:
        raw = raw[:b] + t.encode() + raw[e:]
    return raw.decode()


def clang_diags(clang, path, incdir):
    p = subprocess.run([clang, "-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-I" + incdir, path],
                       capture_output=True, text=True)
    return collections.Counter(m.group(2) for m in map(CLANG_DIAG.match, p.stderr.splitlines())
                               if m)


def key(f):
    return (f[0], f[1], f[2])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threadlint", default=os.path.join(ROOT, "build/bin/threadlint"))
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    paths = args.paths or [os.path.join(ROOT, d) for d in DIRS]
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, n) for n in os.listdir(p) if n.endswith(".c"))
        else:
            files.append(p)

    warnings = collections.Counter()
    with_fix = collections.Counter()
    # the same, leaving out the fixit-none-* tests: files written to hold
    # findings no edit can repair safely, each beside a test that has one
    warnings_rule = collections.Counter()
    with_fix_rule = collections.Counter()
    tripped = collections.Counter()
    tmp = tempfile.mkdtemp(prefix="fixit-coverage.")
    try:
        for src in files:
            with open(src, encoding="utf-8") as fh:
                data = fh.read()
            inc = os.path.dirname(os.path.abspath(src))  # the test's own headers
            copy = os.path.join(tmp, os.path.basename(src))
            shutil.copy(src, copy)
            before = analyse(args.threadlint, copy, inc)
            negative = os.path.basename(src).startswith("fixit-none-")
            base_diags = None
            for f in before:
                if f[0] != "warning":
                    continue
                rule = f[1]
                warnings[rule] += 1
                warnings_rule[rule] += not negative
                with_fix_rule[rule] += bool(f[3]) and not negative
                if not f[3]:
                    if args.verbose:
                        print(f"  none   {rule} {os.path.relpath(src, ROOT)}: {f[2]}")
                    continue
                with_fix[rule] += 1
                if base_diags is None:
                    base_diags = clang_diags(args.clang, copy, inc)
                fixed = os.path.join(tmp, "fixed", os.path.basename(src))
                os.makedirs(os.path.dirname(fixed), exist_ok=True)
                with open(fixed, "w", encoding="utf-8") as fh:
                    fh.write(apply_fix(data, f[3]))
                why = None
                new_diags = clang_diags(args.clang, fixed, inc) - base_diags
                if new_diags:
                    why = "compile: " + "; ".join(new_diags)
                else:
                    # warnings only: a note-level finding a warning about the same
                    # resource hid (tl_report_severity) may show once it is fixed
                    want = collections.Counter(key(g) for g in before if g[0] == "warning")
                    want[key(f)] -= 1
                    got = collections.Counter(key(g) for g in analyse(args.threadlint, fixed, inc)
                                              if g[0] == "warning")
                    extra = got - want
                    if extra:
                        why = "findings: " + "; ".join(f"{k[1]} {k[2]}" for k in extra)
                if why is None:
                    tripped[rule] += 1
                if args.verbose or why:
                    print(f"  {'ok' if why is None else 'FAIL'}   {rule} "
                          f"{os.path.relpath(src, ROOT)}: {f[2]}" + (f"\n         {why}" if why else ""))
    finally:
        shutil.rmtree(tmp)

    rules = sorted(warnings)
    print(f"{'':<24}{'all tests':^29}{'':<5}{'without fixit-none-*':^22}")
    print(f"{'rule':<24}{'warnings':>9}{'fix-it':>8}{'%':>6}{'round-trip':>12}"
          f"{'warnings':>13}{'fix-it':>8}{'%':>6}")
    tw = tf = tt = trw = trf = 0
    for r in rules:
        w, f, t, rw, rf = warnings[r], with_fix[r], tripped[r], warnings_rule[r], with_fix_rule[r]
        tw, tf, tt, trw, trf = tw + w, tf + f, tt + t, trw + rw, trf + rf
        print(f"{r:<24}{w:>9}{f:>8}{100 * f // max(w, 1):>5}%{t:>7}/{f:<4}"
              f"{rw:>13}{rf:>8}{100 * rf // max(rw, 1):>5}%")
    print(f"{'total':<24}{tw:>9}{tf:>8}{100 * tf // max(tw, 1):>5}%{tt:>7}/{tf:<4}"
          f"{trw:>13}{trf:>8}{100 * trf // max(trw, 1):>5}%")
    return 0 if tt == tf else 1


if __name__ == "__main__":
    sys.exit(main())
