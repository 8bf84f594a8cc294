// The flag tracks the thread correctly, but an error return before the
// 'if (started)' join leaks it.  Only paths where the create succeeded
// are reported, and no fix-it is offered: the same return is also reached
// without a thread.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);

int run(void) {
    pthread_t t;
    bool started = false;
    if (pthread_create(&t, NULL, flusher, NULL) != 0)
        fprintf(stderr, "no flusher, continuing\n");
    else
        started = true;
    if (do_work() < 0)
        return -1;
    if (started)
        pthread_join(t, NULL);
    return 0;
}

// CHECK: flag-early-return-leak.c:16:9: warning: thread 't' running 'flusher' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: flag-early-return-leak.c:16:9: note: 'pthread_create(&t, NULL, flusher, NULL) != 0' is false
// CHECK-NEXT: flag-early-return-leak.c:20:9: note: 'do_work() < 0' is true
// CHECK-NEXT: flag-early-return-leak.c:21:9: note: 'run' returns here with 't' still joinable
