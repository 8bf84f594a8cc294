#!/usr/bin/env python3
"""Runs the threadlint CLI and clang with the threadlint plugin on the same
files and compares what they report, line by line:

    FILE:LINE:COL: warning|note: MESSAGE

with FILE reduced to its base name (the CLI and clang may spell paths
differently), and the plugin's remarks (note-level findings, which the CLI
prints as notes) read as notes.  Exits 1 on any difference, and when nothing at all was
reported (a parity check over silence proves nothing).

usage: parity.py --threadlint BIN --clang "CLANG -fplugin=SO" [--min-findings N]
                 FILE[::CLANG-ARG,...] ...
"""
import argparse
import os
import re
import shlex
import subprocess
import sys

DIAG = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<kind>warning|error|note|remark): (?P<msg>.*)$")


def kind(k):
    return "note" if k == "remark" else k


def normalise(text):
    out = []
    for raw in text.splitlines():
        m = DIAG.match(raw)
        if not m:
            continue
        out.append("%s:%s:%s: %s: %s" % (os.path.basename(m.group("file")), m.group("line"),
                                         m.group("col"), kind(m.group("kind")), m.group("msg")))
    return out


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True)
    return p.returncode, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threadlint", required=True)
    ap.add_argument("--clang", required=True, help="clang command with the plugin loaded")
    ap.add_argument("--min-findings", type=int, default=1)
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    clang = shlex.split(a.clang)
    failed = 0
    findings = 0
    for spec in a.files:
        path, _, extra = spec.partition("::")
        extra = [x for x in extra.split(",") if x]
        rc_cli, out_cli = run([a.threadlint, "--no-source", path, "--"] + extra)
        rc_plug, out_plug = run(clang + ["-fsyntax-only", "-fno-caret-diagnostics",
                                         "-fno-color-diagnostics", path] + extra)
        cli, plug = normalise(out_cli), normalise(out_plug)
        n = sum(1 for line in cli if ": warning: " in line)
        findings += n
        name = os.path.basename(path) + ("" if not extra else " " + " ".join(extra))
        if rc_cli not in (0, 1) or rc_plug != 0:
            print("FAIL %s: exit codes cli=%d clang=%d" % (name, rc_cli, rc_plug))
            print(out_cli + out_plug)
            failed += 1
        elif cli != plug:
            print("FAIL %s: reports differ" % name)
            for line in cli:
                print("  cli:    " + line)
            for line in plug:
                print("  plugin: " + line)
            failed += 1
        else:
            print("ok   %s: %d finding(s), %d line(s)" % (name, n, len(cli)))
    print("parity: %d file(s), %d finding(s), %d difference(s)"
          % (len(a.files), findings, failed))
    if findings < a.min_findings:
        print("FAIL: expected at least %d finding(s)" % a.min_findings)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
