#!/usr/bin/env python3
"""Benchmark threadlint-clangd, the LSP proxy around clangd.

(a) relay latency: the same cheap requests sent N times to the proxy and to a
    clangd started directly, in one run, interleaved (proxy first on even
    rounds, clangd first on odd ones), each a synchronous round trip; the
    figure is median(proxy) - median(direct).  Two requests: textDocument/hover
    on a small open file, and a request clangd does not know (answered at once
    with MethodNotFound: the relay and nothing else).  Target: < 1 ms.
(b) didOpen -> threadlint's findings on a real file: memcached's thread.c
    (one pthread.AttrLeak finding), with the project's compile_commands.json.
    Timed from sending didOpen to the first publishDiagnostics holding the
    finding, and, for reference, to clangd's first publishDiagnostics; cold
    (a new proxy and clangd each run) and warm (didClose + didOpen again in
    the same session).  Target: < 300 ms.

Medians over --runs runs; PASS or OVER against each target.

    bench/clangd-bench.py [--proxy PATH|BUILD_DIR] [--clangd PATH] [-n N] [--runs R]
                          [--memcached DIR] [--debounce-ms MS] [--skip-latency|--skip-open]

Defaults: build/bin/threadlint-clangd, clangd-19 (else clangd), N=1000,
R=5, /tmp/real/memcached-1.6.18 (fetched and built with
../shared/scripts/real-project when missing), the proxy's own debounce.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test", "lsp"))
from lsp_client import Client, find_position  # noqa: E402

LATENCY_TARGET_MS = 1.0
OPEN_TARGET_MS = 300.0

SMALL_C = """\
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, worker, NULL) != 0)
        return -1;
    return 0;
}
"""


def ms(ns):
    return ns / 1e6


def verdict(value, target):
    return "PASS" if value < target else "OVER"


def is_tl(d):
    return d.get("source") == "threadlint"


def proxy_cmd(a, *extra, debounce=None):
    cmd = [a.proxy, "--clangd=" + a.clangd]
    if debounce is not None:
        cmd.append("--threadlint-debounce-ms=%d" % debounce)
    return cmd + list(extra)


def default_debounce(proxy):
    """The proxy's default debounce, as its --help says ("default N")."""
    import re
    try:
        out = subprocess.run([proxy, "--help"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r"--threadlint-debounce-ms=<n>[^(]*\(default (\d+)", out)
    return int(m.group(1)) if m else None


def round_trip(client, method, params):
    t0 = time.perf_counter_ns()
    msg = client.wait_response(client.request(method, params), check=False)
    t1 = time.perf_counter_ns()
    return t1 - t0, msg


def bench_latency(a):
    tmp = tempfile.mkdtemp(prefix="clangd-bench-")
    try:
        with open(os.path.join(tmp, "compile_flags.txt"), "w") as f:
            f.write("-Wall\n")
        src = os.path.join(tmp, "small.c")
        with open(src, "w") as f:
            f.write(SMALL_C)
        direct = Client([a.clangd, "--log=error", "--background-index=false"], cwd=tmp)
        proxy = Client(proxy_cmd(a, "--log=error", "--background-index=false",
                                 debounce=a.debounce_ms), cwd=tmp)
        try:
            docs = {}
            for name, c in (("direct", direct), ("proxy", proxy)):
                c.initialize(root=tmp)
                docs[name] = c.open(src)
            direct.wait_diagnostics(docs["direct"].uri, version=1)
            # The proxy's analysis of small.c, then quiet: nothing else running.
            proxy.wait_diagnostics(docs["proxy"].uri, version=1,
                                   pred=lambda ds: any(is_tl(d) for d in ds),
                                   what="threadlint's finding on small.c")
            time.sleep(0.5)
            hover = {"textDocument": {"uri": docs["direct"].uri},
                     "position": find_position(SMALL_C, "worker", 1)}
            kinds = [("hover", "textDocument/hover", hover),
                     ("unknown method", "threadlint/benchPing", {})]
            rows = []
            for label, method, params in kinds:
                times = {"direct": [], "proxy": []}
                for i in range(a.warmup + a.n):
                    order = (("proxy", proxy), ("direct", direct)) if i % 2 == 0 else \
                            (("direct", direct), ("proxy", proxy))
                    for name, c in order:
                        dt, msg = round_trip(c, method, params)
                        if method == "textDocument/hover" and not (msg.get("result") or {}).get("contents"):
                            sys.exit("hover through %s gave no contents: %r" % (name, msg))
                        if i >= a.warmup:
                            times[name].append(dt)
                md, mp = statistics.median(times["direct"]), statistics.median(times["proxy"])
                p90 = lambda xs: sorted(xs)[int(len(xs) * 0.9)]  # noqa: E731
                # Round by round differences: a load spike hits both of a round's trips.
                paired = statistics.median(p - d for p, d in zip(times["proxy"], times["direct"]))
                rows.append((label, ms(md), ms(mp), ms(mp - md), ms(paired),
                             ms(p90(times["direct"])), ms(p90(times["proxy"]))))
            for c in (direct, proxy):
                c.shutdown_and_exit()
            return rows
        finally:
            direct.kill()
            proxy.kill()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def open_once(c, path, expect_rule):
    """didOpen path; ms to the first publish carrying clangd's diagnostics (any
    not threadlint's) and to the first carrying threadlint's expect_rule
    finding, both from the arrival times the client logged."""
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    mark = c.mark()
    t0 = time.monotonic()
    doc = c.open(path, text)

    def tl_found(ds):
        return any(d.get("code") == expect_rule and is_tl(d) for d in ds)

    def clangd_found(ds):
        return any(not is_tl(d) for d in ds)

    c.wait_diagnostics(doc.uri, after=mark, timeout=60, pred=tl_found,
                       what="threadlint's %s finding" % expect_rule)
    try:
        c.wait_diagnostics(doc.uri, after=mark, timeout=30, pred=clangd_found,
                           what="clangd's diagnostics")
    except AssertionError:
        pass
    first = {}
    for t, direction, msg in list(c.log):
        if t < t0 or direction != "<" or msg.get("method") != "textDocument/publishDiagnostics":
            continue
        p = msg["params"]
        if p.get("uri") != doc.uri:
            continue
        for key, pred in (("tl", tl_found), ("clangd", clangd_found)):
            if key not in first and pred(p.get("diagnostics", [])):
                first[key] = (t - t0) * 1000
    c.take_all()
    return doc, first.get("clangd", float("nan")), first["tl"]


def bench_open(a, debounce):
    src_dir = a.memcached
    path = os.path.join(src_dir, "thread.c")
    cold, warm = [], []
    for _ in range(a.runs):
        c = Client(proxy_cmd(a, "--log=error", "--background-index=false", debounce=debounce),
                   cwd=src_dir)
        try:
            c.initialize(root=src_dir)
            doc, t_first, t_tl = open_once(c, path, "pthread.AttrLeak")
            cold.append((t_first, t_tl))
            mark = c.mark()
            doc.close()
            c.wait_diagnostics(doc.uri, after=mark, pred=lambda ds: ds == [])
            time.sleep(0.3)
            c.take_all()
            _, t_first, t_tl = open_once(c, path, "pthread.AttrLeak")
            warm.append((t_first, t_tl))
            c.shutdown_and_exit()
        finally:
            c.kill()
    return cold, warm


def bench_cli(a):
    """The CLI on the same file, for reference."""
    src_dir = a.memcached
    path = os.path.join(src_dir, "thread.c")
    cli = []
    tl = os.path.join(os.path.dirname(a.proxy), "threadlint")
    if os.path.exists(tl):
        for _ in range(a.runs):
            t0 = time.perf_counter_ns()
            subprocess.run([tl, "-p", src_dir, "--no-source", path], cwd=src_dir,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            cli.append(ms(time.perf_counter_ns() - t0))
    return cli


def find_memcached(a):
    if os.path.exists(os.path.join(a.memcached, "compile_commands.json")):
        return
    script = os.path.join(ROOT, "..", "shared", "scripts", "real-project")
    if not os.path.exists(script):
        sys.exit("%s has no compile_commands.json, and %s is missing: prepare memcached "
                 "(configure + bear) and pass --memcached DIR" % (a.memcached, script))
    dest = os.path.dirname(os.path.abspath(a.memcached))
    print("preparing memcached in %s (once; takes about a minute)" % dest, flush=True)
    out = subprocess.run([script, dest, "memcached"], stdout=subprocess.PIPE, text=True)
    if out.returncode != 0:
        sys.exit("real-project failed")
    a.memcached = out.stdout.strip().splitlines()[-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--proxy", default=os.path.join(ROOT, "build", "bin", "threadlint-clangd"),
                    help="threadlint-clangd, or a build directory")
    ap.add_argument("--clangd", default=shutil.which("clangd-19") or shutil.which("clangd"))
    ap.add_argument("-n", type=int, default=1000, help="round trips per request kind (a)")
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5, help="runs of (b)")
    ap.add_argument("--memcached", default="/tmp/real/memcached-1.6.18")
    ap.add_argument("--debounce-ms", type=int, default=None,
                    help="pass --threadlint-debounce-ms= (default: (a) with the proxy's own, "
                    "(b) with the proxy's own and with 0)")
    ap.add_argument("--skip-latency", action="store_true")
    ap.add_argument("--skip-open", action="store_true")
    a = ap.parse_args()
    if os.path.isdir(a.proxy):
        a.proxy = os.path.join(a.proxy, "bin", "threadlint-clangd")
    a.proxy = os.path.abspath(a.proxy)
    if not os.access(a.proxy, os.X_OK):
        sys.exit("no proxy at %s (build it, or pass --proxy)" % a.proxy)
    if not a.clangd:
        sys.exit("no clangd-19 or clangd on PATH (pass --clangd)")
    env_debounce = os.environ.get("THREADLINT_CLANGD_DEBOUNCE_MS")
    own = default_debounce(a.proxy)
    own_text = ("%s ms (THREADLINT_CLANGD_DEBOUNCE_MS)" % env_debounce if env_debounce else
                "%s ms (its default)" % own if own is not None else "its default")
    print("proxy:    %s\nclangd:   %s\nmachine:  %d CPUs, load average %.2f %.2f %.2f at the start"
          % ((a.proxy, a.clangd, os.cpu_count()) + os.getloadavg()))
    print("debounce: %s\n" % ("%d ms (--debounce-ms)" % a.debounce_ms if a.debounce_ms is not None
                              else own_text))
    over = 0
    if not a.skip_latency:
        rows = bench_latency(a)
        print("(a) added relay latency: %d round trips per request, interleaved with a direct "
              "clangd (target < %.0f ms)" % (a.n, LATENCY_TARGET_MS))
        print("    %-15s %11s %11s %11s %11s %11s %11s" % (
            "request", "direct(ms)", "proxy(ms)", "added(ms)", "paired(ms)", "direct p90",
            "proxy p90"))
        for label, md, mp, added, paired, p90d, p90p in rows:
            v = verdict(added, LATENCY_TARGET_MS)
            over += v == "OVER"
            print("    %-15s %11.3f %11.3f %11.3f %11.3f %11.3f %11.3f  %s"
                  % (label, md, mp, added, paired, p90d, p90p, v))
        print()
    if not a.skip_open:
        find_memcached(a)
        with open(os.path.join(a.memcached, "thread.c"), "rb") as f:
            lines = f.read().count(b"\n")
        print("(b) didOpen -> threadlint's finding, memcached thread.c (%d lines), median of %d runs "
              "(target < %.0f ms)" % (lines, a.runs, OPEN_TARGET_MS))
        print("    %-14s %-18s %16s %16s" % ("debounce", "open", "clangd diags(ms)", "threadlint(ms)"))
        settings = [a.debounce_ms] if a.debounce_ms is not None else [None, 0]
        for debounce in settings:
            cold, warm = bench_open(a, debounce)
            dlabel = ("%d ms" % debounce if debounce is not None else
                      "default" if own is None else "default %s" % own)
            for label, xs in (("cold (new proxy)", cold), ("warm (reopen)", warm)):
                f, t = statistics.median(x[0] for x in xs), statistics.median(x[1] for x in xs)
                v = verdict(t, OPEN_TARGET_MS)
                over += v == "OVER"
                print("    %-14s %-18s %16.1f %16.1f  %s   [runs: %s]"
                      % (dlabel, label, f, t, v, " ".join("%.0f" % x[1] for x in xs)), flush=True)
        cli = bench_cli(a)
        if cli:
            print("    %-33s %16s %16.1f  (threadlint -p: the whole process, for reference)"
                  % ("CLI", "", statistics.median(cli)))
    print("\nload average %.2f %.2f %.2f at the end" % os.getloadavg())
    return 0


if __name__ == "__main__":
    sys.exit(main())
