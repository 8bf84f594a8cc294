#!/usr/bin/env python3
"""Drives threadlint-clangd through one scenario of test/lit/clangd with
the scripted LSP client of test/lsp, printing what a test checks.

    clangd_test.py SCENARIO --proxy P --clangd C --lsp DIR --src FILE --tmp DIR [-- PROXY ARGS...]

The source file is copied into DIR (with an empty compile_flags.txt, so no
build tree above it changes the flags) and opened from there.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time

SCENARIOS = {}


def scenario(f):
    SCENARIOS[f.__name__.replace("_", "-")] = f
    return f


def is_ours(d):
    return d.get("source") == "threadlint"


def show_diag(doc, d):
    r = d["range"]
    print("diag %s %d:%d-%d:%d sev=%s text=%r" % (
        d.get("code"), r["start"]["line"], r["start"]["character"], r["end"]["line"],
        r["end"]["character"], d.get("severity"), doc.text_at(r)))


def wait_ours(c, doc, count, version=None):
    """The publish for doc's version with `count` threadlint diagnostics."""
    version = doc.version if version is None else version
    return c.wait_diagnostics(doc.uri, version=version,
                              pred=lambda ds: sum(map(is_ours, ds)) == count)


@scenario
def diagnostics(a, c):
    """Findings of an unsaved buffer merged with clangd's own diagnostics."""
    c.initialize(root=a.tmp)
    doc = c.open(a.file)
    p = wait_ours(c, doc, a.count)
    if a.count == 0:  # clangd's and (none of) ours both in: give ours a moment
        time.sleep(0.5)
        p = c.notifications("textDocument/publishDiagnostics")[-1]["params"]
    for d in p["diagnostics"]:
        if is_ours(d):
            show_diag(doc, d)
            print("  href=%s" % d["codeDescription"]["href"].rsplit("/", 1)[-1])
            for ri in d.get("relatedInformation", []):
                print("  related %d: %s" % (ri["location"]["range"]["start"]["line"], ri["message"]))
        else:
            print("clangd: %s" % d["message"])
    print("exit", c.shutdown_and_exit())


@scenario
def passthrough(a, c):
    """clangd's diagnostics arrive with every field, as clangd alone sends them."""
    caps = None

    def run(client):
        from lsp_client import default_capabilities
        caps = default_capabilities()
        caps["textDocument"]["publishDiagnostics"]["codeActionsInline"] = True
        client.initialize(root=a.tmp, capabilities=caps)
        doc = client.open(a.file)
        return doc, client.wait_diagnostics(doc.uri, pred=lambda ds: any(not is_ours(d) for d in ds))

    from lsp_client import Client
    with Client([a.clangd], cwd=a.tmp) as plain:
        _, alone = run(plain)
        plain.shutdown_and_exit()
    doc, merged = run(c)
    if not any(map(is_ours, merged["diagnostics"])):
        merged = wait_ours(c, doc, 1)
    theirs = [d for d in merged["diagnostics"] if not is_ours(d)]
    print("clangd diagnostics: %d, identical: %s, with codeActions: %d" % (
        len(theirs), theirs == alone["diagnostics"], sum("codeActions" in d for d in theirs)))
    print("threadlint diagnostics: %d" % sum(map(is_ours, merged["diagnostics"])))
    print("exit", c.shutdown_and_exit())


@scenario
def incremental(a, c):
    """Incremental edits around non-ASCII text, in the negotiated encoding."""
    c.initialize(root=a.tmp, position_encodings=a.encodings.split(","))
    print("encoding", c.encoding)
    doc = c.open(a.file)
    for d in filter(is_ours, wait_ours(c, doc, 1)["diagnostics"]):
        show_diag(doc, d)
    # a second leak on a line that starts with wide characters
    doc.insert_after("/* insert here */", "\n    /* é😀ü */ pthread_create(&t2, NULL, work, NULL);")
    doc.replace("pthread_t t;", "pthread_t t, t2;")
    for d in filter(is_ours, wait_ours(c, doc, 2)["diagnostics"]):
        show_diag(doc, d)
    # detach the first thread: its finding goes, the other stays where it is
    # (a join would draw a note: nothing tests that create's result)
    doc.insert_after("/* join here */", " pthread_detach(t);")
    for d in filter(is_ours, wait_ours(c, doc, 1)["diagnostics"]):
        show_diag(doc, d)
    print("exit", c.shutdown_and_exit())


@scenario
def code_action(a, c):
    """threadlint's quick fix joins clangd's code actions; applying it fixes the finding."""
    c.initialize(root=a.tmp)
    doc = c.open(a.file)
    d = next(filter(is_ours, wait_ours(c, doc, 1)["diagnostics"]))
    actions = c.code_actions(doc, d["range"], [d])
    ours = [x for x in actions if x["title"].startswith("threadlint:")]
    print("clangd's actions first:", actions[len(actions) - len(ours):] == ours)
    for act in ours:
        print("action %r kind=%s preferred=%s diagnostics=%s" % (
            act["title"], act.get("kind"), act.get("isPreferred"),
            [x.get("code") for x in act.get("diagnostics", [])]))
    fix = ours[a.apply]
    doc.apply(fix["edit"]["changes"][doc.uri])
    wait_ours(c, doc, 0)
    print("after the fix: no findings")
    # elsewhere in the file: clangd's actions only
    print("actions on line 0:", len(c.code_actions(doc, {"start": {"line": 0, "character": 0},
                                                        "end": {"line": 0, "character": 0}})))
    print("exit", c.shutdown_and_exit())


@scenario
def worker_faults(a, c):
    """A worker that crashes or hangs is reported once per document and
    restarted; clangd goes on."""
    def logged():
        return [n["params"] for n in c.notifications("window/logMessage")
                if "threadlint" in n["params"]["message"]]

    c.initialize(root=a.tmp)
    doc = c.open(a.file, text="int main(void) { return 0; } /* CRASH */\n")
    c.wait_notification("window/logMessage", lambda p: "threadlint" in p["message"])
    c.wait_diagnostics(doc.uri, version=doc.version)  # clangd's still come
    doc.set_text("int main(void) { return 1; } /* CRASH */\n")  # again: not reported again
    other = c.open(os.path.join(a.tmp, "other.c"), text="int g; /* HANG */\n")
    c.wait_notification("window/logMessage", lambda p: "longer than" in p["message"])
    for p in logged():
        print("log type=%d %s" % (p["type"], p["message"]))
    doc.set_text("int main(void) { return 0; } /* FINDING */\n")
    p = wait_ours(c, doc, 1)
    print("after restart:", [d["message"] for d in p["diagnostics"] if is_ours(d)])
    print("exit", c.shutdown_and_exit())


@scenario
def superseded(a, c):
    """An edit during an analysis: its result is dropped, the new text's published."""
    c.initialize(root=a.tmp)
    doc = c.open(a.file, text="int f(void); /* SLOW FINDING */\n")
    time.sleep(0.3)  # the worker is busy with version 1 now
    doc.set_text("int f(void); /* FINDING */\n")
    p = wait_ours(c, doc, 1)
    print("published for version", p["version"], [d["message"] for d in p["diagnostics"] if is_ours(d)])
    time.sleep(1.5)  # long enough for version 1's result to have come back
    stale = [n["params"] for n in c.notifications("textDocument/publishDiagnostics")
             if n["params"].get("version") == 1 and any(map(is_ours, n["params"]["diagnostics"]))]
    print("publishes with findings for version 1:", len(stale))
    print("exit", c.shutdown_and_exit())


@scenario
def malformed(a, c):
    """Bad frames from the editor are logged and skipped; the session goes on."""
    c.initialize(root=a.tmp)
    c.send_raw(b"Content-Length: 12\r\n\r\n{not json!!}")
    c.send_raw(b"Content-Length: x\r\n\r\n{}")
    c.send_raw(b"garbage\r\n\r\n")
    c.send_raw(b'Content-Length: 24\r\n\r\n{"id": 9, "method": "x"}')  # no "jsonrpc"
    print("request 9 answered with error", c.wait_response(9, check=False)["error"]["code"])
    doc = c.open(a.file)
    p = wait_ours(c, doc, 1)
    print("findings after bad frames:", sum(map(is_ours, p["diagnostics"])))
    shown = []  # how many reads the bad bytes took varies: each text once
    for n in c.notifications("window/logMessage"):
        line = "log type=%d %s" % (n["params"]["type"], n["params"]["message"])
        if line not in shown:
            shown.append(line)
            print(line)
    print("exit", c.shutdown_and_exit())


@scenario
def compile_db(a, c):
    """The buffer is analysed with the command clangd would use: from a
    compile_commands.json above it, or in --compile-commands-dir; and with
    the .threadlint.yaml above it."""
    sub = os.path.join(a.tmp, "src", "deeper")
    os.makedirs(sub)
    src = os.path.join(sub, "x.c")
    shutil.copy(a.src, src)
    db = os.path.join(a.tmp, a.db_dir or "")
    os.makedirs(db, exist_ok=True)
    with open(os.path.join(db, "compile_commands.json"), "w") as f:
        json.dump([{"directory": a.tmp, "file": src,
                    "arguments": ["cc", "-DLEAKY", "-c", src, "-o", "x.o"]}], f)
    if a.config:
        with open(os.path.join(a.tmp, "src", ".threadlint.yaml"), "w") as f:
            f.write(a.config + "\n")
    c.initialize(root=a.tmp)
    doc = c.open(src)
    print("findings:", sorted(d["code"] for d in wait_ours(c, doc, a.count)["diagnostics"]
                              if is_ours(d)))
    print("exit", c.shutdown_and_exit())


def clangd_pid(proxy_pid):
    with open("/proc/%d/task/%d/children" % (proxy_pid, proxy_pid)) as f:
        for pid in f.read().split():
            with open("/proc/%s/cmdline" % pid, "rb") as g:
                if b"--analysis-worker" not in g.read():
                    return int(pid)


@scenario
def clangd_killed(a, c):
    """clangd killed mid-session: the proxy says so and exits with its status."""
    c.initialize(root=a.tmp)
    os.kill(clangd_pid(c.pid), signal.SIGKILL)
    print("proxy exit", c.wait_exit())
    print("stderr:", [l for l in c.stderr_text().splitlines() if l.startswith("threadlint-clangd")])


@scenario
def editor_leaves(a, c):
    """The editor closes the pipe without shutdown: clangd is shut down cleanly."""
    c.initialize(root=a.tmp)
    c.open(a.file)
    c.proc.stdin.close()
    print("proxy exit", c.wait_exit())
    err = c.stderr_text()
    print("clangd saw:", [m for m in ("<-- shutdown", "<-- exit") if m in err])


HELPER = """#include <pthread.h>

void name_thread(pthread_t t, const char *name) { pthread_setname_np(t, name); }
"""


def our_codes(p):
    return sorted(d["code"] for d in p["diagnostics"] if is_ours(d))


def settled(c):
    """The latest publish, once ours has had a moment to come in."""
    time.sleep(1.0)
    return c.notifications("textDocument/publishDiagnostics")[-1]["params"]


@scenario
def summaries(a, c):
    """A helper in another file, through the summaries file in the build
    directory clangd's search finds: read when it appears, again when it
    changes, and ignored (the helper unknown) when it is corrupt."""
    helper = os.path.join(a.tmp, "name.c")
    with open(helper, "w") as f:
        f.write(HELPER)
    build = os.path.join(a.tmp, "build")
    os.makedirs(build)
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump([{"directory": a.tmp, "file": helper,
                    "arguments": ["cc", "-D_GNU_SOURCE", "-c", helper, "-o", "name.o"]},
                   {"directory": a.tmp, "file": a.file,
                    "arguments": ["cc", "-c", a.file, "-o", "spawn.o"]}], f)
    sums = os.path.join(build, "threadlint-summaries.json")
    c.initialize(root=a.tmp)
    doc = c.open(a.file)
    print("without a summaries file:", our_codes(settled(c)))
    subprocess.run([a.threadlint, "-p", build, "--quiet", "--export-summaries=" + sums],
                   cwd=a.tmp, stdout=subprocess.DEVNULL, check=False)
    doc.insert_after("/* edit here */", " ")
    print("after the export:", our_codes(wait_ours(c, doc, 1)))
    with open(sums, "w") as f:
        f.write("{")
    doc.insert_after("/* edit here */", " ")
    print("corrupt:", our_codes(settled(c)))
    print("exit", c.shutdown_and_exit())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scenario", choices=sorted(SCENARIOS))
    ap.add_argument("--proxy", required=True)
    ap.add_argument("--clangd", required=True)
    ap.add_argument("--lsp", required=True, help="test/lsp, for lsp_client.py")
    ap.add_argument("--src", required=True)
    ap.add_argument("--tmp", required=True)
    ap.add_argument("--encodings", default="utf-16")
    ap.add_argument("--count", type=int, default=1, help="threadlint findings to wait for")
    ap.add_argument("--apply", type=int, default=0, help="code-action: which of ours to apply")
    ap.add_argument("--db-dir", help="compile-db: where compile_commands.json goes, under --tmp")
    ap.add_argument("--config", help="compile-db: the .threadlint.yaml above the file")
    ap.add_argument("--threadlint", help="summaries: the threadlint CLI")
    a, rest = ap.parse_known_args()
    a.proxy_args = rest[1:] if rest[:1] == ["--"] else rest
    sys.path.insert(0, a.lsp)
    from lsp_client import Client
    shutil.rmtree(a.tmp, ignore_errors=True)
    os.makedirs(a.tmp)
    open(os.path.join(a.tmp, "compile_flags.txt"), "w").close()
    a.file = os.path.join(a.tmp, os.path.basename(a.src))
    shutil.copy(a.src, a.file)
    cmd = [a.proxy, "--clangd=" + a.clangd, "--threadlint-debounce-ms=10"] + a.proxy_args
    with Client(cmd, cwd=a.tmp) as c:
        SCENARIOS[a.scenario](a, c)


if __name__ == "__main__":
    main()
