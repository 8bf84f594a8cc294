// A comparison's truth used as a value (`ok = pthread_create(...) == 0`,
// `failed = !ok`) is one ASSIGN the core evaluates, not a branch: a status
// kept as a flag stays a status.  Both front ends lower it alike.
// RUN: %threadlint --dump-ir %s | FileCheck %s --implicit-check-not=warning:
// CHECK: func start
// CHECK: call pthread_create(&t, NULL=0, worker, NULL=0) -> %0
// CHECK-NEXT: assign %cond0 = (%0 == 0)
// CHECK-NEXT: assign ok = %cond0
// CHECK-NEXT: assign %cond1 = (ok == 0)
// CHECK-NEXT: assign failed = %cond1
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(void) {
    pthread_t t;
    int ok = pthread_create(&t, NULL, worker, NULL) == 0;
    int failed = !ok;
    if (ok)
        pthread_join(t, NULL);
    return failed;
}
