// thread_spawn(&t, logger, NULL) aborts on failure; an early return in the
// caller leaks the thread.  The message must name the start routine the
// caller passed ('logger'), not the wrapper's parameter ('fn').
// Was a bug: the warning says "running 'fn'" (the wrapper's parameter) instead of 'logger'.
// (this used to be an expected failure)
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *logger(void *arg) { return arg; }
int flush_all(void);

static void thread_spawn(pthread_t *t, void *(*fn)(void *), void *arg) {
    if (pthread_create(t, NULL, fn, arg) != 0) {
        perror("pthread_create");
        abort();
    }
}

int run(void) {
    pthread_t t;
    thread_spawn(&t, logger, NULL);
    if (flush_all() < 0)
        return -1;
    pthread_join(t, NULL);
    return 0;
}

// CHECK: summary-abort-wrapper-leak.c:23:5: warning: thread 't' running 'logger' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: summary-abort-wrapper-leak.c:24:9: note: 'flush_all() < 0' is true
// CHECK-NEXT: summary-abort-wrapper-leak.c:25:9: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}summary-abort-wrapper-leak.c":{25:9-25:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}summary-abort-wrapper-leak.c":{25:19-25:19}:" }"
