// spawn_logger(&t) aborts on failure and always runs 'logger'; an early
// return in the caller leaks the thread it made.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *logger(void *arg) { return arg; }
int flush_all(void);

static void spawn_logger(pthread_t *t) {
    if (pthread_create(t, NULL, logger, NULL) != 0) {
        perror("pthread_create");
        abort();
    }
}

int run(void) {
    pthread_t t;
    spawn_logger(&t);
    if (flush_all() < 0)
        return -1;
    pthread_join(t, NULL);
    return 0;
}

// CHECK: summary-abort-wrapper-fixed-routine-leak.c:20:5: warning: thread 't' running 'logger' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: summary-abort-wrapper-fixed-routine-leak.c:21:9: note: 'flush_all() < 0' is true
// CHECK-NEXT: summary-abort-wrapper-fixed-routine-leak.c:22:9: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}summary-abort-wrapper-fixed-routine-leak.c":{22:9-22:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}summary-abort-wrapper-fixed-routine-leak.c":{22:19-22:19}:" }"
