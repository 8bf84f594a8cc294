#!/usr/bin/env bash
# threadlint benchmark on real projects (see bench/README.md).
#
#   bench/bench.sh [--threadlint PATH|BUILD_DIR] [--clang CLANG] [--runs N] [--max-tus N]
#                  [--thread-checks GLOBS|--no-thread-only] [--thread-threadlint PATH|BUILD_DIR]
#                  [--keep] [--findings] PROJECT_DIR...
#
# Each PROJECT_DIR holds a compile_commands.json. For every C translation unit in it (first
# entry per file; non-.c files and C++ entries skipped) the same run measures, sequentially and
# one process at a time:
#   (a) the baseline `CLANG -fsyntax-only <the entry's flags>` (run from the entry's directory,
#       output flags dropped), and
#   (b) `threadlint -p DB --stats <file>`, where DB is a copy of compile_commands.json holding just
#       those entries (one per file), so that threadlint analyses what clang parsed, once;
#   (c) the same with only the thread rules on (`--checks=-*,pthread.ThreadLeak,pthread.JoinMisuse`,
#       or --thread-checks GLOBS), the baseline for what the other rule families cost; with
#       --thread-threadlint, that run uses another binary (say, one built with only the thread
#       module registered).
# Reported per project and overall: total wall time (best and median of N runs) of each, their
# ratio, peak RSS (max over TUs, from /usr/bin/time -f %M) of each and their ratio, the
# analysis/parse ratio summed from threadlint's --stats, and all rules / thread rules only.
# A threadlint exit status other than 0/1 (or a signal) for a TU is a crash: it is listed and the
# script exits 1.
#
# --findings: instead of timing, run threadlint once per project (on the same C entries, one per
# file) and write what it prints to bench/out/<project>-findings.txt.
#
# Needs: bash >= 5 (EPOCHREALTIME), python3, GNU time as /usr/bin/time (Debian package `time`:
# apt-get install time), clang-19 (Debian package `clang-19`).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
threadlint=$root/build/bin/threadlint
clang="clang-19"
runs=3
max_tus=0
keep=0
findings=0
thread_checks='-*,pthread.ThreadLeak,pthread.JoinMisuse'
thread_threadlint=
projects=()

usage() {
    sed -n '4,6p' "${BASH_SOURCE[0]}" | sed 's/^#  *//; s/^/usage: /; 2,$s/^usage: /       /' >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --threadlint) threadlint=${2:?}; shift 2 ;;
        --threadlint=*) threadlint=${1#*=}; shift ;;
        --clang) clang=${2:?}; shift 2 ;;
        --clang=*) clang=${1#*=}; shift ;;
        --runs) runs=${2:?}; shift 2 ;;
        --runs=*) runs=${1#*=}; shift ;;
        --max-tus) max_tus=${2:?}; shift 2 ;;   # for quick tries: first N TUs per project
        --max-tus=*) max_tus=${1#*=}; shift ;;
        --thread-checks) thread_checks=${2?}; shift 2 ;;   # rules of the baseline run (c)
        --thread-checks=*) thread_checks=${1#*=}; shift ;;
        --no-thread-only) thread_checks=; shift ;;          # skip run (c)
        --thread-threadlint) thread_threadlint=${2:?}; shift 2 ;;   # binary of run (c)
        --thread-threadlint=*) thread_threadlint=${1#*=}; shift ;;
        --keep) keep=1; shift ;;                # keep the temporary directory (raw timings)
        --findings) findings=1; shift ;;
        -h|--help) usage ;;
        --) shift; projects+=("$@"); break ;;
        -*) echo "bench.sh: unknown option $1" >&2; usage ;;
        *) projects+=("$1"); shift ;;
    esac
done
[ ${#projects[@]} -gt 0 ] || usage
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: --runs wants a positive number" >&2; exit 2; }
[[ $max_tus =~ ^[0-9]+$ ]] || { echo "bench.sh: --max-tus wants a number" >&2; exit 2; }

# Resolve the threadlint paths now: the timed commands run from other directories.
# A build directory stands for its bin/threadlint.
resolve_threadlint() {
    local t=$1
    [ -d "$t" ] && t=${t%/}/bin/threadlint
    case "$t" in
        */*) [ -x "$t" ] || { echo "bench.sh: no threadlint at $t" >&2; exit 2; }
             echo "$(cd "$(dirname "$t")" && pwd)/$(basename "$t")" ;;
        *) command -v "$t" || { echo "bench.sh: $t not found" >&2; exit 2; } ;;
    esac
}
threadlint=$(resolve_threadlint "$threadlint")
thread_threadlint=$(resolve_threadlint "${thread_threadlint:-$threadlint}")
command -v python3 >/dev/null || { echo "bench.sh: needs python3" >&2; exit 2; }

for p in "${projects[@]}"; do
    [ -s "$p/compile_commands.json" ] || { echo "bench.sh: no compile_commands.json in $p" >&2; exit 2; }
done

# Project name: the directory's name without its version (memcached-1.6.18 -> memcached).
project_name() {
    local b
    b=$(basename "$(cd "$1" && pwd)")
    echo "${b%%-[0-9]*}"
}

# Which options does this threadlint understand? (The CLI may still be growing.)
tl_help=$("$threadlint" --help 2>&1 || true)
has_opt() { grep -qE -- "(^|[[:space:],\[])$1([^[:alnum:]-]|\$)" <<<"$tl_help"; }

outdir=$here/out
mkdir -p "$outdir"



tmp=$(mktemp -d /tmp/threadlint-bench.XXXXXX)
if [ $keep = 1 ]; then
    echo "bench.sh: raw data kept in $tmp" >&2
else
    trap 'rm -rf "$tmp"' EXIT
fi

cat >"$tmp/helper.py" <<'PY'
import json, os, re, shlex, statistics, sys

SRC_EXT = ('.c', '.cc', '.cpp', '.cxx', '.c++', '.C', '.m', '.mm', '.s', '.S', '.i')
# Options followed by a separate value that must be dropped with it.
DROP_WITH_VALUE = {'-o', '-MF', '-MT', '-MQ', '-MJ', '-dumpdir', '-dumpbase',
                   '-dumpbase-ext', '--serialize-diagnostics'}
# Options (no value) that select output or dependency files, or another action.
DROP_ALONE = {'-c', '-S', '-E', '-M', '-MM', '-MD', '-MMD', '-MP', '-MG', '-pipe',
              '-fsyntax-only', '-v', '-###', '-save-temps'}
# Options that take a separate value which must NOT be taken for a source file.
KEEP_WITH_VALUE = {'-I', '-D', '-U', '-include', '-imacros', '-isystem', '-idirafter',
                   '-iquote', '-isysroot', '--sysroot', '-x', '-Xclang', '-target',
                   '-arch', '-Xpreprocessor', '-iprefix', '-iwithprefix', '-L', '-l'}

def entry_args(e):
    if 'arguments' in e:
        return list(e['arguments'])
    return shlex.split(e['command'])

def is_cxx(args, path):
    cc = os.path.basename(args[0]) if args else ''
    if re.search(r'(\+\+|clang\+\+|g\+\+|c\+\+)(-[0-9.]+)?$', cc):
        return True
    for i, a in enumerate(args):
        if a == '-x' and i + 1 < len(args) and args[i + 1].startswith(('c++', 'objective')):
            return True
        if a.startswith('-xc++') or a.startswith('-std=c++') or a.startswith('-std=gnu++'):
            return True
    return not path.endswith('.c')

def syntax_only(args, path, clang, cwd):
    out = [clang]
    i = 1
    seen_src = False
    while i < len(args):
        a = args[i]
        if a in DROP_WITH_VALUE:
            i += 2; continue
        if a in DROP_ALONE or a.startswith(('-Wp,-MD', '-Wp,-MMD', '-save-temps=', '-MF', '-MT',
                                            '-MQ', '-MJ', '--serialize-diagnostics=')):
            i += 1; continue
        if a.startswith('-o') and len(a) > 2:
            i += 1; continue
        if a in KEEP_WITH_VALUE and i + 1 < len(args):
            out += [a, args[i + 1]]; i += 2; continue
        if not a.startswith('-') and a.endswith(SRC_EXT):
            # Keep only this entry's source file (bear can record multi-source commands).
            cand = a if os.path.isabs(a) else os.path.normpath(os.path.join(cwd, a))
            if cand == path and not seen_src:
                out.append(a); seen_src = True
            i += 1; continue
        if not a.startswith('-') and a.endswith(('.o', '.a', '.so', '.lo', '.la')):
            i += 1; continue   # objects/libraries of a compile-and-link command
        out.append(a); i += 1
    if not seen_src:
        out.append(path)
    out.append('-fsyntax-only')
    return out

def cmd_list(proj, outdir, clang, max_tus):
    with open(os.path.join(proj, 'compile_commands.json')) as f:
        db = json.load(f)
    seen = set(); n = 0; skipped = 0; dups = 0; sel = []
    with open(os.path.join(outdir, 'manifest.tsv'), 'w') as man:
        for e in db:
            d = e.get('directory') or proj
            if not os.path.isabs(d):
                d = os.path.normpath(os.path.join(proj, d))
            path = e['file'] if os.path.isabs(e['file']) else os.path.join(d, e['file'])
            path = os.path.normpath(path)
            args = entry_args(e)
            if is_cxx(args, path):
                skipped += 1; continue
            if path in seen:
                dups += 1; continue
            if max_tus and n >= max_tus:
                break
            seen.add(path)
            sel.append(dict(e, directory=d))
            argv = syntax_only(args, path, clang, d)
            with open(os.path.join(outdir, 'args.%d' % n), 'wb') as af:
                af.write(b''.join(x.encode() + b'\0' for x in argv))
            man.write('%d\t%s\t%s\t%s\n' % (n, d, path, os.path.relpath(path, proj)))
            n += 1
    # The same entries for threadlint: -p on this copy, so that neither tool sees a file twice.
    os.makedirs(os.path.join(outdir, 'db'), exist_ok=True)
    with open(os.path.join(outdir, 'db', 'compile_commands.json'), 'w') as f:
        json.dump(sel, f, indent=1)
    print('%d %d %d' % (n, skipped, dups))

NUM = r'([0-9]+(?:\.[0-9]+)?)\s*(ms|us|µs|s)?\b'

def stat_value(text, word):
    """Seconds reported on the --stats line about `word` (parse / analysis)."""
    best = None
    for line in text.splitlines():
        low = line.lower()
        if word not in low or 'total' in low:
            continue
        m = re.search(word + r'[^:=0-9]*[:=]?\s*' + NUM, low)
        if not m:
            continue
        v = float(m.group(1)); unit = m.group(2) or 's'
        v = v / 1e3 if unit == 'ms' else v / 1e6 if unit in ('us', 'µs') else v
        # Prefer "parse time: 1.2 s" over, say, "parse errors: 0".
        score = (2 if 'time' in low else 0) + (1 if m.group(2) else 0)
        if best is None or score > best[0]:
            best = (score, v)
        elif score == best[0]:
            best = (score, best[1] + v)            # several lines of the same kind: add up
    return None if best is None else best[1]

def med(xs):
    return statistics.median(xs) if xs else float('nan')

def fmt_ratio(x, target, pct=False):
    if x is None or x != x:
        return 'n/a'
    ok = 'ok' if x <= target else 'OVER'
    if pct:
        return '%.1f%% (<=%g%%) %s' % (100 * x, 100 * target, ok)
    return '%.2f (<=%.2f) %s' % (x, target, ok)

def read_times(pdir, runs, man):
    """Per kind (clang, tl, tlthr): wall time per run and peak RSS; failing TUs."""
    wall = {k: [0.0] * runs for k in ('clang', 'tl', 'tlthr')}
    peak = {k: 0 for k in wall}
    seen = set(); crashed = set(); cfailed = set()
    with open(os.path.join(pdir, 'times.tsv')) as f:
        for line in f:
            r, i, kind, t0, t1, rss, rc = line.split()
            r = int(r); i = int(i)
            wall[kind][r] += float(t1) - float(t0)
            peak[kind] = max(peak[kind], int(rss) if rss.isdigit() else 0)
            seen.add(kind)
            if kind == 'clang' and rc != '0':
                cfailed.add((man[i], rc))
            elif kind != 'clang' and rc not in ('0', '1'):
                crashed.add((man[i] + ('' if kind == 'tl' else ' (thread rules only)'), rc))
    if 'tlthr' not in seen:
        wall['tlthr'] = None
    return wall, peak, crashed, cfailed

def cmd_report(tmp, runs, *projs):
    runs = int(runs)
    rows = []; crashes = []; cfail = []
    agg = dict(name='overall', n=0, c=[0.0] * runs, t=[0.0] * runs, thr=[0.0] * runs, cm=0, tm=0,
               parse=0.0, anal=0.0, has=False)
    for name in projs:
        pdir = os.path.join(tmp, name)
        man = {}
        with open(os.path.join(pdir, 'manifest.tsv')) as f:
            for line in f:
                i, d, path, rel = line.rstrip('\n').split('\t')
                man[int(i)] = rel
        wall, peak, crashed, cfailed = read_times(pdir, runs, man)
        parse = anal = 0.0; has = False
        sdir = os.path.join(pdir, 'stats')
        for fn in os.listdir(sdir):
            with open(os.path.join(sdir, fn), errors='replace') as f:
                txt = f.read()
            p = stat_value(txt, 'parse'); a = stat_value(txt, 'analysis')
            if p is not None and a is not None:
                parse += p; anal += a; has = True
        for k, rc in sorted(crashed):
            crashes.append('%s: %s: threadlint %s' % (name, k,
                           'killed by signal %d' % (int(rc) - 128) if int(rc) > 128 else 'exit ' + rc))
        for k, rc in sorted(cfailed):
            cfail.append('%s: %s: clang exit %s' % (name, k, rc))
        row = dict(name=name, n=len(man), c=wall['clang'], t=wall['tl'], thr=wall['tlthr'],
                   cm=peak['clang'], tm=peak['tl'], parse=parse, anal=anal, has=has)
        rows.append(row)
        agg['n'] += row['n']; agg['cm'] = max(agg['cm'], row['cm']); agg['tm'] = max(agg['tm'], row['tm'])
        for k in ('c', 't', 'thr'):
            agg[k] = None if agg[k] is None or row[k] is None else [x + y for x, y in zip(agg[k], row[k])]
        agg['parse'] += parse; agg['anal'] += anal; agg['has'] |= has
    if len(projs) > 1:
        rows.append(agg)
    hdr = '%-12s %5s %17s %14s %20s %15s %12s %20s %22s %14s %21s' % (
        'project', 'TUs', 'clang-fsyntax(s)', 'threadlint(s)', 'time-ratio',
        'clang-peak(MB)', 'tl-peak(MB)', 'mem-ratio', 'analysis/parse',
        'tl-thread(s)', 'all/thread-only')
    print(hdr); print('-' * len(hdr))
    for row in rows:
        c, t, thr = row['c'], row['t'], row['thr']
        tr = min(t) / min(c) if min(c) > 0 else float('nan')
        mr = row['tm'] / row['cm'] if row['cm'] else float('nan')
        ap = row['anal'] / row['parse'] if row['has'] and row['parse'] > 0 else None
        rr = min(t) / min(thr) if thr and min(thr) > 0 else None
        print('%-12s %5d %17.2f %14.2f %20s %15.1f %12.1f %20s %22s %14s %21s' % (
            row['name'], row['n'], min(c), min(t), fmt_ratio(tr, 1.30), row['cm'] / 1024,
            row['tm'] / 1024, fmt_ratio(mr, 1.50), fmt_ratio(ap, 0.10, pct=True),
            '%.2f' % min(thr) if thr else 'n/a', fmt_ratio(rr, 1.10)))
    print()
    print('times: best of %d run(s); medians: %s' % (runs, ', '.join(
        '%s clang %.2f s / threadlint %.2f s (ratio %.2f)%s' % (
            row['name'], med(row['c']), med(row['t']),
            med(row['t']) / med(row['c']) if med(row['c']) else float('nan'),
            ' / thread rules only %.2f s' % med(row['thr']) if row['thr'] else '')
        for row in rows)))
    print('analysis/parse: sums of threadlint --stats over all TUs and runs' +
          ('' if any(r['has'] for r in rows) else ' (no parse/analysis times found in --stats output)'))
    if rows and rows[0]['thr'] is not None:
        print('all/thread-only: threadlint(s) / tl-thread(s), the same TUs with --checks=%s%s' % (
              os.environ.get('BENCH_THREAD_CHECKS', '?'), os.environ.get('BENCH_THREAD_BINARY', '')))
    if cfail:
        print('\nbaseline clang failed on %d TU(s) (their times still count):' % len(cfail))
        for x in cfail: print('  ' + x)
    if crashes:
        print('\nthreadlint CRASHES (%d):' % len(crashes))
        for x in crashes: print('  ' + x)
        sys.exit(3)
    print('\nno threadlint crashes')

if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'list':
        cmd_list(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    elif cmd == 'report':
        cmd_report(*sys.argv[2:])
PY

if [ $findings = 1 ]; then
    extra=()
    has_opt --no-source && extra+=(--no-source)
    has_opt -j && extra+=(-j "$(nproc)")
    crashed=0
    for p in "${projects[@]}"; do
        dir=$(cd "$p" && pwd)
        name=$(project_name "$dir")
        pd=$tmp/findings-$name
        mkdir -p "$pd"
        python3 "$tmp/helper.py" list "$dir" "$pd" "$clang" "$max_tus" >/dev/null
        out=$outdir/$name-findings.txt
        rc=0
        "$threadlint" -p "$pd/db" "${extra[@]}" >"$out" 2>&1 || rc=$?
        case $rc in
            0|1) echo "$name: exit $rc, $(grep -c 'warning:' "$out" || true) warning lines -> $out" ;;
            *) echo "$name: threadlint CRASHED (exit $rc) -> $out" >&2; crashed=1 ;;
        esac
    done
    exit $crashed
fi

[ -x /usr/bin/time ] || { echo "bench.sh: needs GNU time: apt-get install time" >&2; exit 2; }
command -v "$clang" >/dev/null || { echo "bench.sh: $clang not found" >&2; exit 2; }

stats_opt=()
if has_opt --stats; then stats_opt=(--stats); else echo "bench.sh: threadlint has no --stats: analysis/parse will be n/a" >&2; fi
# one file at a time: a summaries pass over the whole database for each
# would be measured once per file (bench/summaries-bench.py measures it)
if has_opt --no-summaries; then stats_opt+=(--no-summaries); fi
if [ -n "$thread_checks" ] && ! has_opt --checks; then
    echo "bench.sh: threadlint has no --checks: no thread-rules-only baseline" >&2
    thread_checks=
fi
if [ -n "$thread_checks" ]; then
    # A bad glob is a usage error (exit 2) on every TU: catch it once, here.
    printf 'int probe;\n' >"$tmp/probe.c"
    "$thread_threadlint" "--checks=$thread_checks" "$tmp/probe.c" >/dev/null 2>"$tmp/probe.err" || {
        echo "bench.sh: threadlint rejects --checks=$thread_checks:" >&2
        cat "$tmp/probe.err" >&2
        exit 2
    }
fi

# One threadlint run over a TU, appended to times.tsv as `kind` ("tl": all rules, "tlthr": only
# the thread rules); its stderr (the --stats) goes to `errfile`.
time_threadlint() {
    local kind=$1 errfile=$2 bin=$3 rc=0 t0 t1 rss
    shift 3
    t0=$EPOCHREALTIME
    /usr/bin/time -f %M -o "$pd/rss" "$bin" -p "$pd/db" "${stats_opt[@]}" "$@" "$path" \
        >/dev/null 2>"$errfile" || rc=$?
    t1=$EPOCHREALTIME
    rss=$(tail -n 1 "$pd/rss" 2>/dev/null || echo 0)
    printf '%d\t%d\t%s\t%s\t%s\t%s\t%d\n' "$r" "$i" "$kind" "$t0" "$t1" "${rss:-0}" "$rc" >>"$pd/times.tsv"
    if [ "$rc" -gt 1 ]; then
        echo "  CRASH ($kind): $rel (exit $rc); stderr tail:" >&2
        tail -n 5 "$errfile" | sed 's/^/    /' >&2
    fi
}

names=()
for p in "${projects[@]}"; do
    dir=$(cd "$p" && pwd)
    name=$(project_name "$dir")
    # Two projects of the same name: keep both.
    while [ -d "$tmp/$name" ]; do name=$name+; done
    names+=("$name")
    pd=$tmp/$name
    mkdir -p "$pd/stats"
    read -r n skipped dups < <(python3 "$tmp/helper.py" list "$dir" "$pd" "$clang" "$max_tus")
    echo "$name: $n C TUs ($skipped non-C entries skipped, $dups duplicate entries of a file skipped) in $dir" >&2
    : >"$pd/times.tsv"
    for ((r = 0; r < runs; r++)); do
        echo "$name: run $((r + 1))/$runs ..." >&2
        while IFS=$'\t' read -r i d path rel; do
            mapfile -d '' -t argv <"$pd/args.$i"
            # (a) baseline: clang -fsyntax-only with the entry's own flags, from its directory.
            rc=0
            t0=$EPOCHREALTIME
            (cd "$d" && exec /usr/bin/time -f %M -o "$pd/rss" "${argv[@]}" >/dev/null 2>"$pd/clang.err") || rc=$?
            t1=$EPOCHREALTIME
            rss=$(tail -n 1 "$pd/rss" 2>/dev/null || echo 0)
            printf '%d\t%d\tclang\t%s\t%s\t%s\t%d\n' "$r" "$i" "$t0" "$t1" "${rss:-0}" "$rc" >>"$pd/times.tsv"
            # (b) threadlint on the same TU, (c) again with only the thread rules on.
            time_threadlint tl "$pd/stats/$r.$i" "$threadlint"
            [ -z "$thread_checks" ] ||
                time_threadlint tlthr "$pd/thread-only.err" "$thread_threadlint" "--checks=$thread_checks"
        done <"$pd/manifest.tsv"
    done
done

rc=0
thread_binary=
[ "$thread_threadlint" = "$threadlint" ] || thread_binary=" by $thread_threadlint"
BENCH_THREAD_CHECKS=$thread_checks BENCH_THREAD_BINARY=$thread_binary python3 "$tmp/helper.py" report "$tmp" "$runs" "${names[@]}" |
    tee "$outdir/bench-results.txt" || rc=$?
[ $rc = 0 ] || exit 1
