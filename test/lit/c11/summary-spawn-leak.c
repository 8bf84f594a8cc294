// A same-file helper creates the C11 thread and returns thrd_create's
// status; its caller leaks the thread on an error return.  The fix-it
// joins it with thrd_join: the helper's summary says the thread is C11.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s 2>&1 | count 0
#include <threads.h>

int prepare(int id);
static int work(void *arg) { return arg != 0; }

static int spawn(thrd_t *t) {
    return thrd_create(t, work, NULL);
}

int run(int id) {
    thrd_t t;
    if (spawn(&t) != thrd_success)
        return -1;
    if (prepare(id) < 0) {
#ifdef FIXED
        thrd_join(t, NULL);
#endif
        return -1;
    }
    thrd_join(t, NULL);
    return 0;
}

// CHECK: summary-spawn-leak.c:17:9: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: summary-spawn-leak.c:19:9: note: 'prepare(id) < 0' is true
// CHECK-NEXT: summary-spawn-leak.c:23:9: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}summary-spawn-leak.c":{23:9-23:9}:"thrd_join(t, NULL);\n        "
