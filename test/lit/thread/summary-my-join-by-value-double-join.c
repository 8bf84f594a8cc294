// my_join(t) joins its by-value parameter; the pthread_join after it is a
// second join.  No fix-it: where my_join's own join failed (it tests rc),
// the thread is still joinable and the second join is the one that joins.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

static void *tick(void *arg) { return arg; }

static int my_join(pthread_t t) {
    int rc = pthread_join(t, NULL);
    if (rc != 0)
        fprintf(stderr, "pthread_join: %d\n", rc);
    return rc;
}

int timer(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, tick, NULL) != 0)
        return -1;
    my_join(t);
    pthread_join(t, NULL);
    return 0;
}

// CHECK: summary-my-join-by-value-double-join.c:22:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: summary-my-join-by-value-double-join.c:19:9: note: 'pthread_create(&t, NULL, tick, NULL) != 0' is false
// CHECK-NEXT: summary-my-join-by-value-double-join.c:21:5: note: 't' joined here (by 'my_join')
