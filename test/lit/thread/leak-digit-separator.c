// C23's digit separator (1'000) is not the start of a character literal:
// the textual prefilter that picks the functions worth lowering read past
// it to the next quote, missed the pthread_create after it, and dropped
// the function, so the leak below went unreported (threadlint 5d8d4a3).
// RUN: not %threadlint --no-source %s -- -std=c2x 2>&1 | FileCheck %s --implicit-check-not=warning:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(void) {
    pthread_t t;
    long n = 1'000;
    if (pthread_create(&t, NULL, worker, (void *)n) != 0)
        return -1;
    return 0;
}
// CHECK: leak-digit-separator.c:13:9: warning: thread 't' running 'worker' is neither joined nor detached when 'start' returns [pthread.ThreadLeak]
