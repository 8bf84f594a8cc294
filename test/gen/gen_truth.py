#!/usr/bin/env python3
"""Random thread programs whose findings are known: each function acquires
one resource (a thread, a thread in a local struct whose address it is
given, an attribute or a key), then releases it, directly or through a
same-file helper, on some paths and not on others under random if/else,
switch, loops with break and continue, early returns and `goto out`.  The
acquisition either returns early when it fails, or leaves its status in
`rc` and every release tests `rc == 0`, so the analysis must keep failed
and successful paths apart.  Every other condition is a call of an unknown
function with its own argument, so every path is feasible and no two
conditions are related; the generator follows the set of states the
resource can be in (live, joined, detached, failed) through the code as it
writes it, and so knows, per function, the exits reached with the resource
live (the leak rule reports it once, at the acquisition, naming one of
those exits), the releases reached when it may already be released (the
misuse rule reports each), the exits a detached thread may outlive
while it uses the struct (pthread.ArgLifetime, once), and the destroys of
a lock the thread's routine uses while it may run
(pthread.DestroyWhileRunning, each).

    gen_truth.py SEED [FUNCTIONS]    the program on stdout, its truth on stderr

run_faces.py --truth checks the CLI's findings against it, and the faces
against the CLI."""
import random
import sys

HEADER = """\
#include <pthread.h>

void *work(void *arg);
int ready(int i);
void use(void *p);
static void stop_thread(pthread_t t) { pthread_join(t, NULL); }
static void drop_attr(pthread_attr_t *a) { pthread_attr_destroy(a); }
static void drop_key(pthread_key_t k) { pthread_key_delete(k); }
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static void *locker(void *arg) { pthread_mutex_lock(&g_lock); pthread_mutex_unlock(&g_lock); return arg; }
"""

# What each kind acquires and how it is released (directly or through a
# same-file helper, which the callee summaries must see); the rules that
# report a leak of it and a second release.
KINDS = {
    "thread": dict(decl="pthread_t t;", acquire="pthread_create(&t, NULL, work, NULL)",
                   releases=["pthread_join(t, NULL);", "pthread_detach(t);", "stop_thread(t);"],
                   leak="pthread.ThreadLeak", misuse="pthread.JoinMisuse"),
    "member": dict(decl="struct { int id; pthread_t tid; } w = {0};",
                   acquire="pthread_create(&w.tid, NULL, work, &w)",
                   releases=["pthread_join(w.tid, NULL);", "pthread_detach(w.tid);",
                             "stop_thread(w.tid);"],
                   leak="pthread.ThreadLeak", misuse="pthread.JoinMisuse",
                   lifetime="pthread.ArgLifetime"),
    # a thread whose routine locks g_lock, which the function may destroy
    "locker": dict(decl="pthread_t t;", acquire="pthread_create(&t, NULL, locker, NULL)",
                   releases=["pthread_join(t, NULL);", "pthread_detach(t);", "stop_thread(t);"],
                   leak="pthread.ThreadLeak", misuse="pthread.JoinMisuse",
                   destroy="pthread_mutex_destroy(&g_lock);",
                   destroy_rule="pthread.DestroyWhileRunning"),
    "attr": dict(decl="pthread_attr_t a;", acquire="pthread_attr_init(&a)",
                 releases=["pthread_attr_destroy(&a);", "drop_attr(&a);"],
                 leak="pthread.AttrLeak", misuse="pthread.AttrMisuse"),
    "key": dict(decl="pthread_key_t k;", acquire="pthread_key_create(&k, NULL)",
                releases=["pthread_key_delete(k);", "drop_key(k);"],
                leak="pthread.KeyLeak", misuse="pthread.KeyMisuse"),
}

LIVE, GONE, DETACHED, NONE = "live", "released", "detached", "failed"


class Function:
    """Writes one function and follows its resource's states as it goes."""

    def __init__(self, rng, lines, name, kind):
        self.r = rng
        self.lines = lines
        self.kind = KINDS[kind]
        self.name = name
        self.calls = 0
        self.leak_exits = set()    # lines of returns reached with the resource live
        self.misuses = set()       # lines of releases reached when it may be released
        self.lifetime_exits = set()  # returns reached with a detached thread given &w
        self.destroys = set()      # destroys of g_lock reached while the thread may run
        self.at_out = set()        # states that `goto out` carries to the label
        self.jumps = []            # per loop: the states its breaks and continues carry
        self.guarded = False       # the acquisition may have failed: releases test rc
        self.uses_out = False

    def emit(self, depth, text):
        self.lines.append("    " * depth + text)
        return len(self.lines) + HEADER.count("\n")

    def cond(self):
        self.calls += 1
        return "ready(%d)" % self.calls

    def exit(self, depth, text, states):
        line = self.emit(depth, text)
        if LIVE in states:
            self.leak_exits.add(line)
        if DETACHED in states and "lifetime" in self.kind:
            self.lifetime_exits.add(line)  # its argument `&w` dies; it may run

    def release(self, depth, states):
        """A release; with a guarded acquisition, under `if (rc == 0)`,
        which a failed acquisition skips."""
        if self.guarded:
            self.emit(depth, "if (rc == 0)")
            depth += 1
        text = self.r.choice(self.kind["releases"])
        line = self.emit(depth, text)
        if states & {GONE, DETACHED}:
            self.misuses.add(line)
        # A second release changes nothing: a joined thread stays finished,
        # a detached one may still run even if joined (undefined behaviour).
        after = {DETACHED if "detach" in text else GONE} if LIVE in states else set()
        return after | (states - {LIVE})

    def block(self, depth, budget, states, loop=False):
        """Writes 1-3 statements; returns the states that fall through."""
        r = self.r
        for _ in range(r.randrange(1, 4)):
            k = r.randrange(9) if budget > 0 else r.randrange(4)
            if k in (0, 1):
                states = self.release(depth, states)
            elif k == 2 and "destroy" in self.kind and r.random() < 0.5:
                line = self.emit(depth, self.kind["destroy"])
                if states & {LIVE, DETACHED}:  # the thread may still lock it
                    self.destroys.add(line)
            elif k == 2:
                self.emit(depth, "use(&n);")
            elif k == 3:
                self.emit(depth, "if (%s)" % self.cond())
                self.exit(depth + 1, "return %d;" % r.randrange(-1, 3), states)
            elif k == 4:
                self.emit(depth, "if (%s) {" % self.cond())
                then = self.block(depth + 1, budget - 1, states, loop)
                if r.random() < 0.5:
                    self.emit(depth, "} else {")
                    other = self.block(depth + 1, budget - 1, states, loop)
                else:
                    other = states
                self.emit(depth, "}")
                states = then | other
            elif k == 5:
                self.emit(depth, "switch (%s) {" % self.cond())
                out = set()
                for c in range(r.randrange(1, 3)):
                    self.emit(depth, "case %d:" % c)
                    out |= self.block(depth + 1, budget - 1, states)
                    self.emit(depth + 1, "break;")
                self.emit(depth, "default:")
                out |= self.block(depth + 1, budget - 1, states)
                self.emit(depth, "}")
                states = out
            elif k == 6:
                self.emit(depth, "if (%s)" % self.cond())
                self.emit(depth + 1, "goto out;")
                self.at_out |= states
                self.uses_out = True
            elif k == 7 and not loop:
                states = self.loop(depth, budget, states)
            elif k == 7:
                jump = r.choice(["break", "continue"])
                self.emit(depth, "if (%s)" % self.cond())
                self.emit(depth + 1, jump + ";")
                self.jumps[-1][jump] |= states
            else:
                self.emit(depth, "n++;")
        return states

    def loop(self, depth, budget, states):
        """`while (cond) { body }`: the body runs any number of times, so
        the head sees every state the body (or a continue) can leave, until
        none is new; a break leaves with its states.  The body is written
        once; its truth is the union over passes."""
        self.emit(depth, "while (%s) {" % self.cond())
        start = len(self.lines)
        saved = (set(self.leak_exits), set(self.misuses), set(self.at_out), self.calls,
                 self.r.getstate(), set(self.lifetime_exits), set(self.destroys))
        head = set(states)
        while True:
            del self.lines[start:]
            self.leak_exits, self.misuses, self.at_out = (set(saved[0]), set(saved[1]),
                                                          set(saved[2]))
            self.calls = saved[3]
            self.r.setstate(saved[4])
            self.lifetime_exits = set(saved[5])
            self.destroys = set(saved[6])
            self.jumps.append({"break": set(), "continue": set()})
            after = self.block(depth + 1, budget - 1, head, loop=True)
            jumps = self.jumps.pop()
            after |= jumps["continue"]
            if after <= head:
                break
            head |= after
        self.emit(depth, "}")
        return head | jumps["break"]

    def write(self):
        kind = self.kind
        self.emit(0, "int %s(int n) {" % self.name)
        self.emit(1, kind["decl"])
        self.emit(1, "int rc = 0;")
        form = self.r.randrange(4)
        states = {LIVE}
        if form == 3:  # no early return: the paths must tell rc == 0 apart
            self.acquire_line = self.emit(1, "rc = %s;" % kind["acquire"])
            self.guarded = True
            states = {LIVE, NONE}
        elif form == 0:
            self.acquire_line = self.emit(1, "if (%s != 0)" % kind["acquire"])
        elif form == 1:
            self.acquire_line = self.emit(1, "if (%s)" % kind["acquire"])
        else:
            self.acquire_line = self.emit(1, "rc = %s;" % kind["acquire"])
            self.emit(1, "if (rc != 0)")
        if not self.guarded:
            self.emit(2, "return -1;")
        states = self.block(1, 3, states)
        if self.uses_out:
            self.emit(0, "out:")
            states |= self.at_out
            if self.r.random() < 0.5:
                states = self.release(1, states)
        self.exit(1, "return rc + n;", states)
        self.emit(0, "}")
        self.first_line = self.acquire_line - 3  # the line of `int f(int n) {`
        self.last_line = len(self.lines) + HEADER.count("\n")


def program(seed, functions=4):
    """The program's text and, per function, what the rules must report."""
    rng = random.Random(seed)
    lines = []
    truth = []
    for i in range(functions):
        kind = rng.choice(sorted(KINDS))
        f = Function(rng, lines, "f%d" % i, kind)
        f.write()
        lines.append("")
        truth.append(dict(name=f.name, first=f.first_line, last=f.last_line,
                          leak=KINDS[kind]["leak"], misuse=KINDS[kind]["misuse"],
                          acquire=f.acquire_line, leak_exits=sorted(f.leak_exits),
                          misuses=sorted(f.misuses), lifetime=KINDS[kind].get("lifetime"),
                          lifetime_exits=sorted(f.lifetime_exits),
                          destroy=KINDS[kind].get("destroy_rule"), destroys=sorted(f.destroys)))
    return HEADER + "\n".join(lines), truth


if __name__ == "__main__":
    seed = int(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    text, truth = program(seed, n)
    sys.stdout.write(text)
    for t in truth:
        sys.stderr.write("%s\n" % t)
