// The redundant join's result is used: no removal fix-it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    pthread_join(t, NULL);
    int rc = pthread_join(t, NULL);
    return rc;
}

// CHECK: fixit-none-join-result-used.c:12:14: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: fixit-none-join-result-used.c:9:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: fixit-none-join-result-used.c:11:5: note: 't' joined here
