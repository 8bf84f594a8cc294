#!/usr/bin/env bash
# What the clang plugin adds to real builds (see bench/README.md, "The clang plugin").
#
#   bench/plugin-bench.sh [--plugin PATH|BUILD_DIR] [--sources DIR] [--clang CLANG] [--runs N]
#                         [--analyze-runs N] [--analyze-every K] [--jobs N] [--modes LIST]
#                         [--max-tus N] [--null] [--keep] [PROJECT...]
#
# PROJECT: memcached, libzstd or xz-utils (prepared in --sources DIR by ../shared/scripts/
# real-project when missing), or a directory holding a compile_commands.json (pigz, from its
# upstream repository: bench/README.md). Default: the three Debian projects.
# For every C translation unit (first entry of each .c file), with the entry's flags normalised
# (output and dependency flags dropped, -O level forced to -O2, -Wno-error appended so that a
# plugin finding does not fail a -Werror build), it times, each with and without the plugin:
#   O2       CLANG ... -c -o /dev/null            vs the same + -fplugin=PLUGIN        (<= 1.03)
#   syntax   CLANG ... -fsyntax-only              vs the same + -fplugin=PLUGIN        (<= 1.10)
#   analyze  CLANG ... --analyze -o TMP.plist     (clang's default checkers) vs the same +
#            -Xclang -load -Xclang PLUGIN -Xclang -analyzer-checker=pthread          (<= 1.10)
# The primary figure is CPU time (user+sys of the compiler, from wait4's rusage): the 2-core
# machine is shared, so wall time is noisy; wall time is printed beside it. Per TU the two arms
# run back to back, in alternating order (AB, BA, ...), so load drifts hit both alike; each TU's
# time is its median over the runs, and the totals are sums of those medians. --jobs TUs (default
# 2, one per core) are measured at a time, each by its own sequence of compiles. --analyze costs
# about twice everything else together (some libzstd TUs take 30 s): it runs in the first
# --analyze-runs runs only (default 1), on every K-th TU of each project (--analyze-every,
# default 2; 1 for all). --null times the baseline in both arms: the ratios then show how much
# the machine's noise alone moves them.
# The plugin arm's findings ([pthread.*] diagnostics) are counted, so a plugin that silently did
# nothing shows up. Exit status: 0 all within target, 1 a figure over target or a compiler
# crash, 2 usage.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
real_project=$root/../shared/scripts/real-project
plugin=$root/build/lib/threadlint-plugin.so
sources=/tmp/real
clang="clang-19"
runs=3
analyze_runs=1
analyze_every=2
null=0
jobs=2
modes=O2,syntax,analyze
max_tus=0
keep=0
projects=()

usage() {
    sed -n '4,6p' "${BASH_SOURCE[0]}" | sed 's/^#  *//; s/^/usage: /; 2,$s/^usage: /       /' >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --plugin) plugin=${2:?}; shift 2 ;;
        --plugin=*) plugin=${1#*=}; shift ;;
        --sources) sources=${2:?}; shift 2 ;;
        --sources=*) sources=${1#*=}; shift ;;
        --clang) clang=${2:?}; shift 2 ;;
        --clang=*) clang=${1#*=}; shift ;;
        --runs) runs=${2:?}; shift 2 ;;
        --runs=*) runs=${1#*=}; shift ;;
        --analyze-runs) analyze_runs=${2:?}; shift 2 ;;
        --analyze-runs=*) analyze_runs=${1#*=}; shift ;;
        --analyze-every) analyze_every=${2:?}; shift 2 ;;
        --analyze-every=*) analyze_every=${1#*=}; shift ;;
        --jobs|-j) jobs=${2:?}; shift 2 ;;
        --jobs=*) jobs=${1#*=}; shift ;;
        --modes) modes=${2:?}; shift 2 ;;
        --modes=*) modes=${1#*=}; shift ;;
        --max-tus) max_tus=${2:?}; shift 2 ;;   # quick tries: first N TUs per project
        --max-tus=*) max_tus=${1#*=}; shift ;;
        --null) null=1; shift ;;                # both arms without the plugin: the noise floor
        --keep) keep=1; shift ;;                # keep per-TU times and compiler stderr
        -h|--help) usage ;;
        --) shift; projects+=("$@"); break ;;
        -*) echo "plugin-bench.sh: unknown option $1" >&2; usage ;;
        *) projects+=("$1"); shift ;;
    esac
done
[ ${#projects[@]} -gt 0 ] || projects=(memcached libzstd xz-utils)
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "plugin-bench.sh: --runs wants a positive number" >&2; exit 2; }
[[ $analyze_runs =~ ^[1-9][0-9]*$ ]] || { echo "plugin-bench.sh: --analyze-runs wants a positive number" >&2; exit 2; }
[[ $analyze_every =~ ^[1-9][0-9]*$ ]] || { echo "plugin-bench.sh: --analyze-every wants a positive number" >&2; exit 2; }
[[ $jobs =~ ^[1-9][0-9]*$ ]] || { echo "plugin-bench.sh: --jobs wants a positive number" >&2; exit 2; }
[[ $max_tus =~ ^[0-9]+$ ]] || { echo "plugin-bench.sh: --max-tus wants a number" >&2; exit 2; }
[[ $modes =~ ^((O2|syntax|analyze)(,|$))+$ ]] || { echo "plugin-bench.sh: --modes: O2,syntax,analyze" >&2; exit 2; }

# Absolute paths: the compilers run from each entry's directory.
[ -d "$plugin" ] && plugin=${plugin%/}/lib/threadlint-plugin.so
[ -f "$plugin" ] || { echo "plugin-bench.sh: no plugin at $plugin (build it, or --plugin)" >&2; exit 2; }
plugin=$(cd "$(dirname "$plugin")" && pwd)/$(basename "$plugin")
command -v "$clang" >/dev/null || { echo "plugin-bench.sh: $clang not found" >&2; exit 2; }
command -v python3 >/dev/null || { echo "plugin-bench.sh: needs python3" >&2; exit 2; }
# Both faces must load and report a known thread leak, or every figure below would time a plugin
# that does nothing (a plugin built for another clang fails to load; a wrong checker name is
# an error only on some clangs).
probe_dir=$(mktemp -d /tmp/plugin-bench-probe.XXXXXX)
cat >"$probe_dir/probe.c" <<'C'
#include <pthread.h>
static void *work(void *arg) { return arg; }
void start(void) {
    pthread_t t;
    pthread_create(&t, 0, work, 0);
}
C
for face in "-fplugin=$plugin -fsyntax-only" \
            "--analyze -Xclang -load -Xclang $plugin -Xclang -analyzer-checker=pthread -o /dev/null"; do
    # shellcheck disable=SC2086 # $face is a list of options
    "$clang" $face "$probe_dir/probe.c" >"$probe_dir/out" 2>&1 || true
    grep -q '\[pthread\.ThreadLeak\]' "$probe_dir/out" || {
        echo "plugin-bench.sh: $clang $face reports no pthread.ThreadLeak on a leaking thread:" >&2
        cat "$probe_dir/out" >&2; rm -rf "$probe_dir"; exit 2
    }
done
rm -rf "$probe_dir"

dirs=()
for p in "${projects[@]}"; do
    if [ -d "$p" ]; then
        d=$(cd "$p" && pwd)
    else
        [ -x "$real_project" ] || { echo "plugin-bench.sh: $real_project not found (../shared beside the repo)" >&2; exit 2; }
        mkdir -p "$sources"
        start=$SECONDS
        d=$("$real_project" "$sources" "$p")
        echo "$p: $d ($((SECONDS - start)) s to prepare)" >&2
    fi
    [ -s "$d/compile_commands.json" ] || { echo "plugin-bench.sh: no compile_commands.json in $d" >&2; exit 2; }
    dirs+=("$d")
done

outdir=$here/out
mkdir -p "$outdir"
tmp=$(mktemp -d /tmp/plugin-bench.XXXXXX)
if [ $keep = 1 ]; then
    echo "plugin-bench.sh: raw data kept in $tmp" >&2
else
    trap 'rm -rf "$tmp"' EXIT
fi

cat >"$tmp/pb.py" <<'PY'
import concurrent.futures, json, os, plistlib, queue, re, shlex, statistics, subprocess, sys
import threading, time

(plugin, clang, runs, analyze_runs, analyze_every, null, jobs, modes, max_tus, tmp,
 outfile) = sys.argv[1:12]
runs = int(runs); max_tus = int(max_tus); modes = modes.split(',')
analyze_runs = min(int(analyze_runs), runs); analyze_every = int(analyze_every); jobs = int(jobs)
null = null == '1'
projdirs = sys.argv[12:]

TARGET = {'O2': 1.03, 'syntax': 1.10, 'analyze': 1.10}
LABEL = {'O2': '-O2', 'syntax': '-fsyntax-only', 'analyze': '--analyze'}

# Flags of the entry that select output, dependency files or another action: dropped.
DROP_WITH_VALUE = {'-o', '-MF', '-MT', '-MQ', '-MJ', '-dumpdir', '-dumpbase', '-dumpbase-ext',
                   '--serialize-diagnostics'}
DROP_ALONE = {'-c', '-S', '-E', '-M', '-MM', '-MD', '-MMD', '-MP', '-MG', '-pipe',
              '-fsyntax-only', '--analyze', '-v', '-###', '-save-temps'}
KEEP_WITH_VALUE = {'-I', '-D', '-U', '-include', '-imacros', '-isystem', '-idirafter', '-iquote',
                   '-isysroot', '--sysroot', '-x', '-Xclang', '-target', '-arch', '-Xpreprocessor',
                   '-iprefix', '-iwithprefix', '-L', '-l'}
SRC_EXT = ('.c', '.cc', '.cpp', '.cxx', '.c++', '.C', '.m', '.mm', '.s', '.S', '.i')

def is_cxx(args, path):
    cc = os.path.basename(args[0]) if args else ''
    if re.search(r'(\+\+|g\+\+|c\+\+)(-[0-9.]+)?$', cc):
        return True
    for i, a in enumerate(args):
        if a == '-x' and i + 1 < len(args) and not args[i + 1] == 'c':
            return True
        if a.startswith(('-xc++', '-std=c++', '-std=gnu++')):
            return True
    return not path.endswith('.c')

def base_args(args, path, cwd):
    """The entry's flags for one source, with no action, output or -O flag."""
    out = [clang]; i = 1; seen_src = False
    while i < len(args):
        a = args[i]
        if a in DROP_WITH_VALUE:
            i += 2; continue
        if a in DROP_ALONE or a.startswith(('-Wp,-MD', '-Wp,-MMD', '-save-temps=', '-MF', '-MT',
                                            '-MQ', '-MJ', '--serialize-diagnostics=', '-O')) \
                or (a.startswith('-o') and len(a) > 2):
            i += 1; continue
        if a in KEEP_WITH_VALUE and i + 1 < len(args):
            out += [a, args[i + 1]]; i += 2; continue
        if not a.startswith('-') and a.endswith(SRC_EXT):
            cand = os.path.normpath(os.path.join(cwd, a))
            if cand == path and not seen_src:
                out.append(a); seen_src = True
            i += 1; continue
        if not a.startswith('-') and a.endswith(('.o', '.a', '.so', '.lo', '.la')):
            i += 1; continue
        out.append(a); i += 1
    if not seen_src:
        out.append(path)
    # -O2 as the issue asks (libzstd builds with -O3); -Wno-error keeps both arms compiling
    # the same way when the plugin warns under memcached's -Werror.
    return out + ['-O2', '-Wno-error']

def tus(proj):
    with open(os.path.join(proj, 'compile_commands.json')) as f:
        db = json.load(f)
    seen = set(); sel = []
    for e in db:
        d = os.path.normpath(os.path.join(proj, e.get('directory') or proj))
        path = os.path.normpath(os.path.join(d, e['file']))
        args = list(e['arguments']) if 'arguments' in e else shlex.split(e['command'])
        if is_cxx(args, path) or path in seen:
            continue
        if max_tus and len(sel) >= max_tus:
            break
        seen.add(path)
        sel.append((d, os.path.relpath(path, proj), base_args(args, path, d)))
    return sel

def arm_args(base, mode, with_plugin, plist):
    with_plugin = with_plugin and not null
    if mode == 'O2':
        a = base + ['-c', '-o', '/dev/null']
        return a + ['-fplugin=' + plugin] if with_plugin else a
    if mode == 'syntax':
        a = base + ['-fsyntax-only']
        return a + ['-fplugin=' + plugin] if with_plugin else a
    a = base + ['--analyze', '-o', plist]
    if with_plugin:
        a += ['-Xclang', '-load', '-Xclang', plugin, '-Xclang', '-analyzer-checker=pthread']
    return a

DIAG = re.compile(r'^\S+:\d+:\d+: (?:warning|error|remark): .*\[([A-Za-z0-9_.-]+)\]$')

def run(argv, cwd, errpath):
    """CPU seconds (user+sys of the compiler and its children), wall seconds, status."""
    with open(errpath, 'wb') as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return ru.ru_utime + ru.ru_stime, wall, p.returncode

def diags(errpath, plist):
    """Checker names of the diagnostics a compile reported (stderr, and the plist if any)."""
    names = []
    with open(errpath, errors='replace') as f:
        for line in f:
            m = DIAG.match(line.rstrip('\n'))
            if m:
                names.append(m.group(1))
    plist_names = None
    if plist and os.path.exists(plist):
        try:
            with open(plist, 'rb') as f:
                plist_names = [d.get('check_name', '?') for d in plistlib.load(f).get('diagnostics', [])]
        except Exception:
            plist_names = []
        os.unlink(plist)
    return names, plist_names

# times[(proj, mode, arm)][tu] = [(cpu, wall), ...]; findings from the first run only.
times = {}; found = {}; failures = []
names = []
t_start = time.perf_counter()
projects = []
for proj in projdirs:
    name = re.sub(r'-[0-9].*$', '', os.path.basename(proj))
    while name in names:
        name += '+'
    names.append(name)
    projects.append((name, proj, tus(proj)))
    print('%s: %d C TUs in %s' % (name, len(projects[-1][2]), proj), file=sys.stderr)

rawlog = open(os.path.join(tmp, 'times.tsv'), 'w')
lock = threading.Lock()
slots = queue.Queue()              # one scratch stderr/plist name per worker
for j in range(jobs):
    slots.put(j)

def measure(r, name, i, d, rel, base, mode_list, flip):
    """The arms of one TU, back to back, for each mode; the order alternates between items."""
    j = slots.get()
    errpath = os.path.join(tmp, 'stderr.%d' % j); plist = os.path.join(tmp, 'out.%d.plist' % j)
    try:
        for k, mode in enumerate(mode_list):
            for arm in ((False, True) if (flip + k) % 2 == 0 else (True, False)):
                cpu, wall, rc = run(arm_args(base, mode, arm, plist), d, errpath)
                n_err, n_plist = diags(errpath, plist if mode == 'analyze' else None)
                tail = ''
                if rc != 0:
                    with open(errpath, errors='replace') as f:
                        tail = f.read()[-600:]
                    # The driver survives a crash of its in-process cc1: read its report.
                    if 'PLEASE submit a bug report' in tail or 'Stack dump' in tail:
                        rc = -abs(rc) or -1
                with lock:
                    times.setdefault((name, mode, arm), {}).setdefault(i, {})[r] = (cpu, wall)
                    rawlog.write('%d\t%s\t%s\t%s\t%d\t%.4f\t%.4f\t%d\n' % (
                        r, name, rel, mode, arm, cpu, wall, rc))
                    if (name, rel, mode, arm) not in found:
                        found[(name, rel, mode, arm)] = (n_err, n_plist)
                    if rc != 0:
                        if not any(x[:4] == (name, rel, mode, arm) for x in failures):
                            print('  %s %s %s%s: exit %d' % (name, rel, mode,
                                  ' +plugin' if arm else '', rc), file=sys.stderr)
                        failures.append((name, rel, mode, arm, rc, tail))
    finally:
        slots.put(j)

# Work items: one per run and TU. --analyze is by far the dearest mode (the analyzer takes 5-20x
# a -O2 build), so it runs only in the first --analyze-runs runs and on every analyze_every-th
# TU; its TUs take seconds each, so that already measures it to a few percent.
items = []
flip = 0
for r in range(runs):
    for name, proj, sel in projects:
        for i, (d, rel, base) in enumerate(sel):
            mode_list = [m for m in modes
                         if m != 'analyze' or (r < analyze_runs and i % analyze_every == 0)]
            items.append((r, name, i, d, rel, base, mode_list, flip))
            flip += 1
# Longest first keeps both workers busy to the end: analyze items before the others.
items.sort(key=lambda it: (it[0], 'analyze' not in it[6]))
done = 0
with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
    futs = [pool.submit(measure, *it) for it in items]
    for f in concurrent.futures.as_completed(futs):
        f.result()
        done += 1
        if done % 50 == 0 or done == len(items):
            print('%d/%d TU items done, %.0f s' % (done, len(items), time.perf_counter() - t_start),
                  file=sys.stderr)
rawlog.close()
elapsed = time.perf_counter() - t_start

def total(name, mode, arm, k):
    """Sum over TUs of the median over runs (k = 0 CPU, 1 wall)."""
    per = times.get((name, mode, arm), {})
    return sum(statistics.median(x[k] for x in v.values()) for v in per.values())

def run_totals(name, mode, arm, k):
    """Per run: the sum over TUs (only the runs in which the mode ran)."""
    per = times.get((name, mode, arm), {})
    rs = sorted({r for v in per.values() for r in v})
    return [sum(v[r][k] for v in per.values() if r in v) for r in rs]

lines = []
def out(s=''):
    lines.append(s); print(s)

over = False
rows = [(n, [n]) for n in names] + ([('overall', names)] if len(names) > 1 else [])
if null:
    out('NULL RUN (--null): both arms ran without the plugin; the ratios are noise')
out('CPU time (user+sys) of the compilers, s: sum over TUs of each TU\'s median over %d run(s) '
    '(--analyze: %d run(s), 1 TU in %d); ratio = with plugin / without; %d job(s) at a time' % (
        runs, analyze_runs, analyze_every, jobs))
hdr = '%-10s %5s  %-14s %9s %9s %7s %6s %-5s  %9s %9s %7s  %s' % (
    'project', 'TUs', 'mode', 'cpu-base', 'cpu-plug', 'ratio', 'target', '', 'wall-base',
    'wall-plug', 'ratio', 'per-run cpu ratios')
out(hdr); out('-' * len(hdr))
for label, group in rows:
    for mode in modes:
        ntu = sum(len(times.get((n, mode, False), {})) for n in group)
        cb = sum(total(n, mode, False, 0) for n in group)
        cp = sum(total(n, mode, True, 0) for n in group)
        wb = sum(total(n, mode, False, 1) for n in group)
        wp = sum(total(n, mode, True, 1) for n in group)
        ratio = cp / cb if cb else float('nan')
        ok = ratio <= TARGET[mode]
        over |= not ok
        per_run = []
        for b, p in zip(*[[sum(x) for x in zip(*[run_totals(n, mode, arm, 0) for n in group])]
                          for arm in (False, True)]):
            per_run.append('%.3f' % (p / b) if b else 'n/a')
        out('%-10s %5d  %-14s %9.2f %9.2f %7.3f %6.2f %-5s  %9.2f %9.2f %7.3f  %s' % (
            label, ntu, LABEL[mode], cb, cp, ratio, TARGET[mode], 'PASS' if ok else 'OVER',
            wb, wp, wp / wb if wb else float('nan'), ' '.join(per_run)))
out()

# Findings: [pthread.*] diagnostics in the plugin arm (first run); the base arm must have none,
# and --analyze's default checkers must report the same in both arms.
out('threadlint findings in the plugin arm (first run), per mode: ' +
    '; '.join('%s' % LABEL[m] for m in modes))
per_mode = {m: 0 for m in modes}
# The faces must agree TU by TU (on the TUs every mode measured: --analyze-every skips some).
disagree = []
for name, proj, sel in projects:
    for d, rel, base in sel:
        counts = {m: sum(x.startswith('pthread.') for x in found[(name, rel, m, True)][0])
                  for m in modes if (name, rel, m, True) in found}
        if len(counts) == len(modes) and len(set(counts.values())) > 1:
            disagree.append('%s %s %s' % (name, rel, counts))
for name, proj, sel in projects:
    parts = []
    for mode in modes:
        rules = {}; base_leak = 0; other = [0, 0]; plist_pt = 0
        for d, rel, base in sel:
            if (name, rel, mode, False) not in found:
                continue  # not measured in this mode (--analyze-every)
            n_b = found[(name, rel, mode, False)][0]
            n_p, pl_p = found.get((name, rel, mode, True), ([], None))
            for x in n_p:
                if x.startswith('pthread.'):
                    rules['%s %s' % (rel, x)] = rules.get('%s %s' % (rel, x), 0) + 1
            base_leak += sum(x.startswith('pthread.') for x in n_b)
            other[0] += sum(not x.startswith('pthread.') for x in n_b)
            other[1] += sum(not x.startswith('pthread.') for x in n_p)
            plist_pt += sum(x.startswith('pthread.') for x in (pl_p or []))
        per_mode[mode] += sum(rules.values())
        s = '%s %d' % (LABEL[mode], sum(rules.values()))
        measured = sum((name, rel, mode, False) in found for d, rel, base in sel)
        if measured < len(sel):
            s += ' on %d of %d TUs' % (measured, len(sel))
        if rules:
            s += ' (%s)' % ', '.join('%s%s' % (k, '' if v == 1 else ' x%d' % v)
                                     for k, v in sorted(rules.items()))
        if mode == 'analyze':
            s += ', %d in the plists; other checkers %d without / %d with' % (
                plist_pt, other[0], other[1])
        if base_leak:
            s += ' [%d pthread.* without the plugin?!]' % base_leak
        parts.append(s)
    out('  %s: %s' % (name, '; '.join(parts)))
for x in disagree:
    out('  the modes disagree on the findings of %s' % x)
if not any(per_mode.values()) and not null:
    out('  no findings at all (memcached alone has one): is the plugin doing anything?')
if failures:
    out()
    out('compiles that failed (%d; their times still count):' % len(failures))
    seen = set()
    for name, rel, mode, arm, rc, tail in failures:
        key = (name, rel, mode, arm)
        if key in seen:
            continue
        seen.add(key)
        out('  %s %s %s%s: %s' % (name, rel, LABEL[mode], ' +plugin' if arm else '',
                                  'CRASH' if rc < 0 else 'exit %d' % rc))
        if rc < 0:
            out('    ' + tail.strip().replace('\n', '\n    '))
crash = any(rc < 0 for *_, rc, _ in failures)
out()
out('plugin %s; %s; %d run(s), --analyze %d run(s) on 1 TU in %d; %d job(s); whole run %.0f s'
    % (plugin, clang, runs, analyze_runs, analyze_every, jobs, elapsed))
with open(outfile, 'w') as f:
    f.write('\n'.join(lines) + '\n')
sys.exit(1 if (over and not null) or crash else 0)
PY

rc=0
python3 "$tmp/pb.py" "$plugin" "$clang" "$runs" "$analyze_runs" "$analyze_every" "$null" "$jobs" "$modes" "$max_tus" "$tmp" \
    "$outdir/plugin-bench-results.txt" "${dirs[@]}" || rc=$?
exit $rc
