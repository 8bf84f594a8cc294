#!/usr/bin/env bash
# Runs threadlint over real projects' compile databases as they are (bear's raw output included)
# and says, per project, what it covered and what it found.
#
#   bench/real-run.sh [--threadlint PATH|BUILD_DIR] [--out DIR] [-j N] PROJECT_DIR...
#
# Each PROJECT_DIR holds a compile_commands.json (bench/real-build.sh builds some). For each,
# `threadlint -p PROJECT_DIR --no-source` runs from PROJECT_DIR; its findings go to
# OUT/<project>.findings (paths relative to PROJECT_DIR, so two runs diff cleanly) and its stderr
# to OUT/<project>.log. Prints one table row per project: database entries, source files, C files
# (files that are not skipped as "not C"), C files analysed, files skipped by reason, warnings and
# note-level findings, threadlint's exit status. Compare two builds of threadlint with
#   bench/real-run.sh --out /tmp/before --threadlint old/build ... ; bench/real-run.sh --out /tmp/after ...
#   diff -r /tmp/before /tmp/after   (or diff the .findings files)
# OUT defaults to bench/out/real. Exit status: 1 if threadlint crashed (status > 2) on a project.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
threadlint=$here/../build/bin/threadlint
out=$here/out/real
jobs=0
projects=()
while [ $# -gt 0 ]; do
    case "$1" in
        --threadlint) threadlint=${2:?}; shift 2 ;;
        --threadlint=*) threadlint=${1#*=}; shift ;;
        --out) out=${2:?}; shift 2 ;;
        --out=*) out=${1#*=}; shift ;;
        -j) jobs=${2:?}; shift 2 ;;
        -j*) jobs=${1#-j}; shift ;;
        -h|--help) sed -n '5p' "$0" | sed 's/^# *//'; exit 0 ;;
        -*) echo "real-run.sh: unknown option $1" >&2; exit 2 ;;
        *) projects+=("$1"); shift ;;
    esac
done
[ ${#projects[@]} -gt 0 ] || { sed -n '5p' "$0" | sed 's/^# */usage: /' >&2; exit 2; }
[ -d "$threadlint" ] && threadlint=$threadlint/bin/threadlint
threadlint=$(cd "$(dirname "$threadlint")" && pwd)/$(basename "$threadlint")
[ -x "$threadlint" ] || { echo "real-run.sh: no threadlint at $threadlint" >&2; exit 2; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

crashed=0
printf '%-16s %8s %6s %6s %9s %-44s %8s %6s %5s\n' project entries files C-files analysed \
    'skipped (why)' warnings notes exit
for dir in "${projects[@]}"; do
    dir=$(cd "$dir" && pwd)
    [ -s "$dir/compile_commands.json" ] || { echo "real-run.sh: no compile_commands.json in $dir" >&2; exit 2; }
    name=$(basename "$dir"); name=${name%%-[0-9]*}
    status=0
    (cd "$dir" && "$threadlint" -p . -j "$jobs" --no-source --no-color --no-progress) \
        > "$out/$name.findings.raw" 2> "$out/$name.log" || status=$?
    # bear writes absolute paths: make them the project's own
    sed "s|$dir/||g" "$out/$name.findings.raw" > "$out/$name.findings"
    rm -f "$out/$name.findings.raw"
    [ $status -le 2 ] || crashed=1
    python3 - "$out/$name.log" "$out/$name.findings" "$name" "$status" <<'PY'
import re, sys
log, findings, name, status = sys.argv[1:]
text = open(log).read()
m = re.search(r"^threadlint: files: (\d+) analysed, (\d+) skipped(?: \(([^)]*)\))?; (\d+) database entr",
              text, re.M)
if not m:
    print("%-16s (no summary: see %s)" % (name, log))
    sys.exit(0)
analysed, skipped, why, entries = int(m.group(1)), int(m.group(2)), m.group(3) or "", int(m.group(4))
not_c = sum(int(n) for n, r in re.findall(r"(\d+) ([^,]+)", why) if r.strip() == "not C")
lines = open(findings).read().splitlines()
warnings = sum(1 for l in lines if re.match(r"^\S+:\d+:\d+: warning: ", l))
notes = sum(1 for l in lines if re.match(r"^\S+:\d+:\d+: note: .*\[pthread\.\w+\]$", l))
print("%-16s %8d %6d %6d %9d %-44s %8d %6d %5s" % (
    name, entries, analysed + skipped, analysed + skipped - not_c, analysed,
    "%d%s" % (skipped, " (%s)" % why if why else ""), warnings, notes, status))
PY
done
echo "findings and logs in $out" >&2
exit $crashed
