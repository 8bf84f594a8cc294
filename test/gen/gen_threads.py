#!/usr/bin/env python3
"""Writes a random but valid C file of thread code, reproducibly from a seed:
functions that create, join, detach, cancel and store threads, use
attributes, keys and cleanup regions, under random if/else, goto, loops,
switch, early returns and calls of helpers defined in the same file.

    gen_threads.py SEED [FUNCTIONS]    the program on stdout

run_faces.py feeds these through both front ends and compares findings."""
import random
import sys

HEADER = """\
#include <pthread.h>
#include <stdlib.h>

struct worker { pthread_t tid; int started; };
static pthread_t g_thread;
static pthread_key_t g_key;
static struct worker g_workers[4];
void *work(void *arg);
int ready(int i);
void use(void *p);
static void cleanup(void *arg) { use(arg); }
"""


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.labels = 0
        self.lines = []

    def emit(self, depth, text):
        self.lines.append("    " * depth + text)

    def cond(self):
        return self.r.choice(["ready(%d)" % self.r.randrange(4), "n > %d" % self.r.randrange(3),
                              "rc != 0", "rc == 0", "!ok", "ok", "i < n", "flag"])

    def thread(self):
        return self.r.choice(["t", "t", "u", "th[i]", "w->tid", "g_thread", "g_workers[1].tid"])

    def simple(self, depth, ctx):
        r = self.r
        t = self.thread()
        k = r.randrange(16)
        if k == 0:
            self.emit(depth, "rc = pthread_create(&%s, NULL, work, NULL);" % t)
        elif k == 1:
            self.emit(depth, "if (pthread_create(&%s, %s, work, NULL) != 0)" % (
                t, r.choice(["NULL", "&attr"])))
            self.emit(depth + 1, "return -1;")
        elif k == 2:
            self.emit(depth, "pthread_join(%s, NULL);" % t)
        elif k == 3:
            self.emit(depth, "pthread_detach(%s);" % t)
        elif k == 4:
            self.emit(depth, "pthread_cancel(%s);" % t)
        elif k == 5:
            self.emit(depth, "ok = pthread_create(&%s, NULL, work, &n) == 0;" % t)
        elif k == 6:
            self.emit(depth, "rc = pthread_attr_init(&attr);")
        elif k == 7:
            self.emit(depth, "pthread_attr_destroy(&attr);")
        elif k == 8:
            self.emit(depth, "pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);")
        elif k == 9:
            self.emit(depth, "rc = pthread_key_create(&key, free);")
        elif k == 10:
            self.emit(depth, "pthread_key_delete(key);")
        elif k == 11:
            self.emit(depth, "pthread_setspecific(%s, &n);" % r.choice(["key", "g_key"]))
        elif k == 12 and ctx["helpers"]:
            h = r.choice(ctx["helpers"])
            self.emit(depth, "rc = %s(&%s, n);" % (h, t))
        elif k == 13:
            self.emit(depth, "w->tid = %s;" % r.choice(["t", "u"]))
        elif k == 14:
            self.emit(depth, "n%s;" % r.choice(["++", "--", " += 2", " = 0"]))
        else:
            self.emit(depth, "use(&%s);" % r.choice(["t", "attr", "n"]))

    def block(self, depth, budget, ctx):
        r = self.r
        for _ in range(r.randrange(1, 4)):
            if budget <= 0 or r.random() < 0.45:
                self.simple(depth, ctx)
                continue
            budget -= 1
            k = r.randrange(8)
            if k == 0:
                self.emit(depth, "if (%s) {" % self.cond())
                self.block(depth + 1, budget - 1, ctx)
                if r.random() < 0.5:
                    self.emit(depth, "} else {")
                    self.block(depth + 1, budget - 1, ctx)
                self.emit(depth, "}")
            elif k == 1:
                self.emit(depth, "for (i = 0; i < n; i++) {")
                self.block(depth + 1, budget - 1, dict(ctx, loop=True))
                self.emit(depth, "}")
            elif k == 2:
                self.emit(depth, "while (%s) {" % self.cond())
                self.block(depth + 1, budget - 1, dict(ctx, loop=True))
                self.emit(depth, "}")
            elif k == 3:
                self.emit(depth, "switch (n) {")
                for c in range(r.randrange(1, 3)):
                    self.emit(depth, "case %d:" % c)
                    self.block(depth + 1, budget - 1, dict(ctx, switch=True))
                    if r.random() < 0.7:
                        self.emit(depth + 1, "break;")
                self.emit(depth, "default:")
                self.block(depth + 1, budget - 1, dict(ctx, switch=True))
                self.emit(depth, "}")
            elif k == 4:
                self.emit(depth, "if (%s)" % self.cond())
                self.emit(depth + 1, "return %d;" % r.randrange(-1, 2))
            elif k == 5:
                self.emit(depth, "if (%s)" % self.cond())
                self.emit(depth + 1, "goto out;")
                ctx["fn"]["uses_out"] = True  # shared by the copies inner blocks get
            elif k == 6 and ctx.get("loop"):
                self.emit(depth, "if (%s)" % self.cond())
                self.emit(depth + 1, r.choice(["break;", "continue;"]))
            else:
                self.emit(depth, "pthread_cleanup_push(cleanup, &n);")
                # the region holds no return/goto: CleanupMisuse would be
                # the expected finding, and both faces must still agree
                self.block(depth + 1, 0, dict(ctx, loop=False))
                self.emit(depth, "pthread_cleanup_pop(%d);" % r.randrange(2))

    def function(self, name, helpers, is_helper):
        r = self.r
        if is_helper:
            self.emit(0, "static int %s(pthread_t *out, int n) {" % name)
            self.emit(1, "int rc = pthread_create(out, NULL, work, NULL);")
            k = r.randrange(3)
            if k == 0:
                self.emit(1, "if (rc == 0 && n > 1)")
                self.emit(2, "pthread_detach(*out);")
            elif k == 1:
                self.emit(1, "if (rc == 0 && n < 0) {")
                self.emit(2, "pthread_join(*out, NULL);")
                self.emit(2, "return -1;")
                self.emit(1, "}")
            self.emit(1, "return rc;")
            self.emit(0, "}")
            return
        self.emit(0, "int %s(int n, int flag, struct worker *w) {" % name)
        self.emit(1, "pthread_t t, u, th[4];")
        self.emit(1, "pthread_attr_t attr;")
        self.emit(1, "pthread_key_t key;")
        self.emit(1, "int rc = 0, i = 0, ok = 0;")
        ctx = {"helpers": helpers, "fn": {"uses_out": False}}
        self.block(1, 4, ctx)
        if ctx["fn"]["uses_out"]:
            self.emit(0, "out:")
            self.simple(1, {"helpers": []})
        self.emit(1, "use(&t); use(&u); use(th); use(&attr); use(&key);"
                  if r.random() < 0.2 else "(void)i; (void)ok; (void)flag;")
        self.emit(1, "return rc;")
        self.emit(0, "}")


def program(seed, functions=4):
    rng = random.Random(seed)
    g = Gen(rng)
    out = [HEADER]
    helpers = []
    for i in range(rng.randrange(0, 3)):
        name = "spawn%d" % i
        g.function(name, [], True)
        helpers.append(name)
    for i in range(functions):
        g.function("f%d" % i, helpers, False)
    out.append("\n".join(g.lines))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    seed = int(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    sys.stdout.write(program(seed, n))
