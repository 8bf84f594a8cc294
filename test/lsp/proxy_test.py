"""Shared set-up for the threadlint-clangd scenario tests (test/lit/lsp/*.py).

Each scenario is a script run as

    python3 SCENARIO.py [--workdir DIR] SERVER [SERVER-ARGS...]

where SERVER is the proxy (BUILD/bin/threadlint-clangd); every argument after
it goes to the server as is (e.g. --clangd=/usr/bin/clangd-19).  The workdir
(default: a fresh temporary directory) is emptied and gets a compile_flags.txt
with -Wall, so clangd warns about unused variables.  Extra server arguments
can also come from THREADLINT_CLANGD_TEST_ARGS (split on blanks).

The proxy's debounce is set low (THREADLINT_CLANGD_DEBOUNCE_MS=20 in its
environment unless already set) to keep the scenarios fast; SETTLE is how
long a scenario waits to be sure nothing more comes.

A scenario prints PASS and exits 0, or prints what went wrong (with the last
messages and the server's stderr) and exits 1.
"""

import os
import shlex
import shutil
import signal
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import Client, LspError  # noqa: E402,F401

# How long the proxy may take after clangd's diagnostics to add (or drop)
# threadlint's: its debounce plus one analysis of a small file, with margin.
SETTLE = float(os.environ.get("THREADLINT_CLANGD_SETTLE", "1.0"))
DEBOUNCE_MS = os.environ.get("THREADLINT_CLANGD_DEBOUNCE_MS", "20")

# The diagnostic the leak fixtures below produce.
LEAK_RULE = "pthread.ThreadLeak"

# A thread leak (created, neither joined nor detached when start returns) and
# a clangd warning (-Wunused-variable) in one file.
LEAK_C = """\
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(void) {
    int unused = 0;
    pthread_t t;
    if (pthread_create(&t, NULL, worker, NULL) != 0)
        return -1;
    return 0;
}
"""
# The same with the thread joined: no threadlint finding, the warning stays.
JOINED_C = LEAK_C.replace("    return 0;\n}", "    pthread_join(t, NULL);\n    return 0;\n}")
assert JOINED_C != LEAK_C


def is_tl(d):
    return d.get("source") == "threadlint"


def tl(diags):
    """threadlint's diagnostics of a publish."""
    return [d for d in diags if is_tl(d)]


def others(diags):
    """Everything not threadlint's (clangd's)."""
    return [d for d in diags if not is_tl(d)]


def codes(diags):
    return sorted(str(d.get("code")) for d in diags)


def has_unused_warning(diags):
    return any(d.get("code") == "-Wunused-variable" for d in others(diags))


def has_leak(diags):
    return any(d.get("code") == LEAK_RULE for d in tl(diags))


def expect(cond, what, client=None):
    if not cond:
        if client is not None:
            client.fail(what)
        raise LspError(what)


def child_pids(pid):
    """Direct children of pid (from /proc/PID/task/*/children, or by scanning
    every /proc/N/stat for its parent)."""
    kids = []
    try:
        for tid in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
                kids.extend(int(x) for x in f.read().split())
        if kids:
            return sorted(set(kids))
    except OSError:
        pass
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                stat = f.read()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold blanks and parentheses.
        fields = stat[stat.rfind(")") + 2:].split()
        if int(fields[1]) == pid:
            kids.append(int(name))
    return sorted(kids)


def proc_exe(pid):
    try:
        return os.readlink("/proc/%d/exe" % pid)
    except OSError:
        return ""


def proc_alive(pid):
    """True while pid exists and is not a zombie."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            stat = f.read()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2:].split()[0] != "Z"


def clangd_child(client, timeout=10):
    """The pid of the clangd the proxy started (its executable's name starts
    with clangd: clangd-19 is a link to llvm-19/bin/clangd; the proxy's own
    analysis worker, threadlint-clangd, does not count)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = [k for k in child_pids(client.pid)
                if os.path.basename(proc_exe(k)).startswith("clangd")]
        if kids:
            return kids[0]
        time.sleep(0.05)
    client.fail("no clangd child process under the proxy (pid %d; children: %s)"
                % (client.pid, ["%d %s" % (k, proc_exe(k)) for k in child_pids(client.pid)]))


class Scenario:
    """argv handling, the working directory and the server for one test."""

    def __init__(self, argv=None):
        argv = list(sys.argv[1:] if argv is None else argv)
        self.workdir = None
        while argv and argv[0].startswith("--") and argv[0] != "--":
            opt = argv.pop(0)
            if opt == "--workdir":
                self.workdir = argv.pop(0)
            elif opt.startswith("--workdir="):
                self.workdir = opt.split("=", 1)[1]
            else:
                sys.exit("%s: unknown option %s (server arguments go after the server)"
                         % (sys.argv[0], opt))
        if argv and argv[0] == "--":
            argv.pop(0)
        if not argv:
            sys.exit("usage: %s [--workdir DIR] SERVER [ARGS...]" % sys.argv[0])
        self.server = argv + shlex.split(os.environ.get("THREADLINT_CLANGD_TEST_ARGS", ""))
        if self.workdir is None:
            self.workdir = tempfile.mkdtemp(prefix="tl-lsp-")
            self._cleanup = True
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)
            os.makedirs(self.workdir)
            self._cleanup = False
        self.workdir = os.path.realpath(self.workdir)
        self.write("compile_flags.txt", "-Wall\n")
        self.clients = []

    def path(self, name):
        return os.path.join(self.workdir, name)

    def write(self, name, text):
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        return p

    def start(self, initialize=True, **kw):
        """Start the server in the workdir (and initialize it)."""
        env = dict(os.environ)
        env.setdefault("THREADLINT_CLANGD_DEBOUNCE_MS", DEBOUNCE_MS)
        env = kw.pop("env", env)
        c = Client(self.server, cwd=self.workdir, env=env, **kw)
        self.clients.append(c)
        if initialize:
            c.initialize(root=self.workdir)
        return c

    def open(self, client, name, text):
        """Write name with text into the workdir and didOpen it."""
        return client.open(self.write(name, text), text)

    def close(self):
        for c in self.clients:
            c.kill()
        if self._cleanup:
            shutil.rmtree(self.workdir, ignore_errors=True)


def wait_gone(client, pids, timeout=5):
    """Wait until none of pids runs; fail naming those still running."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(proc_alive(p) for p in pids):
        time.sleep(0.05)
    left = ["%d (%s)" % (p, proc_exe(p)) for p in pids if proc_alive(p)]
    if left:
        client.fail("still running %.0fs after the proxy exited: %s" % (timeout, ", ".join(left)))


def settled(client, uri, seconds=None, after=0):
    """Wait until no publishDiagnostics for uri has come for `seconds`; the
    params of the last one (or None)."""
    seconds = SETTLE if seconds is None else seconds
    last_count = -1
    while True:
        pubs = [m["params"] for m in client.notifications("textDocument/publishDiagnostics", after)
                if m["params"].get("uri") == uri]
        if len(pubs) == last_count:
            return pubs[-1] if pubs else None
        last_count = len(pubs)
        time.sleep(seconds)


def publishes(client, uri, after=0):
    return [m["params"] for m in client.notifications("textDocument/publishDiagnostics", after)
            if m["params"].get("uri") == uri]


def check_versions_monotonic(client, uri):
    """Versions of the publishes for uri never go back."""
    last = None
    for p in publishes(client, uri):
        v = p.get("version")
        if v is None:
            continue
        if last is not None and v < last:
            client.fail("publishDiagnostics for %s went back from version %s to %s" % (uri, last, v))
        last = v


def run(fn):
    """Run a scenario function fn(scenario); print PASS or the failure."""
    name = os.path.splitext(os.path.basename(sys.argv[0]))[0]
    sc = Scenario()
    t0 = time.monotonic()
    try:
        fn(sc)
    except Exception:  # noqa: BLE001 - report any failure the same way
        traceback.print_exc()
        print("FAIL %s (%.2fs)" % (name, time.monotonic() - t0))
        sc.close()
        sys.exit(1)
    sc.close()
    print("PASS %s (%.2fs)" % (name, time.monotonic() - t0))


def signal_name(code):
    if code is not None and code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            pass
    return str(code)


# A leak on an early return, which threadlint fixes with a join before it
# (one insertion); a fire-and-forget storm it fixes with two insertions
# (`if (` ... `== 0) pthread_detach(thread)`); and a -Wparentheses warning
# clangd has its own quick fixes for.
FIXABLE_C = """\
#include <pthread.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

static void *producer(void *arg) { return arg; }
int open_queue(const char *name);

int pump(const char *name) {
    pthread_t prod;
    if (pthread_create(&prod, NULL, producer, NULL) != 0)
        return -1;
    int q = open_queue(name);
    if (q < 0) {
        fprintf(stderr, "cannot open %s\\n", name);
        return -1;
    }
    pthread_join(prod, NULL);
    return q;
}

static void *handle(void *arg) {
    close((int)(long)arg);
    return NULL;
}

void serve_forever(int lfd) {
    pthread_t thread;
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        pthread_create(&thread, NULL, handle, (void *)(long)fd);
    }
}

int check(int a) {
    if (a = 1)
        return 0;
    return a;
}
"""


def quickfixes(actions, diag=None):
    """threadlint's quick fixes among code actions (for diag, when given):
    CodeActions of kind quickfix whose diagnostics are threadlint's."""
    out = []
    for a in actions:
        if "command" in a and isinstance(a.get("command"), str):
            continue  # a bare Command
        ds = a.get("diagnostics") or []
        if a.get("kind") == "quickfix" and ds and all(is_tl(d) for d in ds):
            if diag is None or any(d.get("range") == diag["range"] and d.get("code") == diag["code"]
                                   for d in ds):
                out.append(a)
    return out


def apply_action(client, doc, action):
    """Apply a CodeAction's WorkspaceEdit to doc (checking a versioned
    TextDocumentEdit names doc's current version) and send it as didChange."""
    from lsp_client import apply_workspace_edit
    edit = action.get("edit")
    expect(edit, "code action without an edit: %r" % action, client)
    for dc in edit.get("documentChanges") or []:
        v = dc.get("textDocument", {}).get("version")
        expect(v is None or v == doc.version,
               "the edit is for version %r, the document is at %d: %r" % (v, doc.version, action),
               client)
    new = apply_workspace_edit({doc.uri: doc.text}, edit, doc.enc)
    expect(new[doc.uri] != doc.text, "the edit changes nothing: %r" % action, client)
    return doc.set_text(new[doc.uri])
