// A fire-and-forget create whose handle a same-file helper joins later: the
// function does release the thread, so a detach fix-it would turn the
// helper's join into JoinMisuse (the fixed file is not clean).
// Was a bug: a detach fix-it is offered although stop(&t) joins t; after --fix, threadlint reports JoinMisuse.
// (this used to be an expected failure)
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *crunch(void *arg) { return arg; }
int prepare(void);

static void stop(pthread_t *t) {
    pthread_join(*t, NULL);
}

int compute(void) {
    pthread_t t;
    pthread_create(&t, NULL, crunch, NULL);
    if (prepare() < 0)
        return -1;
    stop(&t);
    return 0;
}

// CHECK: fixit-none-detach-when-helper-joins.c:18:5: warning: thread 't' running 'crunch' is neither joined nor detached when 'compute' returns [pthread.ThreadLeak]
// CHECK-NEXT: fixit-none-detach-when-helper-joins.c:19:9: note: 'prepare() < 0' is true
// CHECK-NEXT: fixit-none-detach-when-helper-joins.c:20:9: note: 'compute' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{20:9-20:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}":{20:19-20:19}:" }"
// CHECK-NEXT: fixit-none-detach-when-helper-joins.c:21:5: note: the create's result is not checked; if it failed, 't' is joined uninitialised [pthread.JoinMisuse]
// CHECK-NEXT: fixit-none-detach-when-helper-joins.c:18:5: note: 't' is created here; nothing tests what pthread_create returns
