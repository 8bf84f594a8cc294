// A join after a create whose result nobody tests (haproxy's
// preload_libgcc_s): when the create fails, the handle was never written
// and the join is undefined.  A note, not a warning: once per create, and
// alone it leaves the exit status 0.  The result stored but never tested,
// and C11 threads, alike.
// RUN: %threadlint --no-source %s > %t.out 2> %t.err
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it: < %t.out
// RUN: count 0 < %t.err
#include <pthread.h>
#include <threads.h>

static void *warm_up(void *arg) {
    pthread_exit(arg);
    return NULL;
}

static int c11_warm_up(void *arg) { return arg != NULL; }

static void preload_runtime(void) {
    pthread_t dummy;
    pthread_create(&dummy, NULL, warm_up, NULL);
    pthread_join(dummy, NULL);
}

int probe(void) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, warm_up, NULL);
    pthread_join(t, NULL);
    preload_runtime();
    return 0;
}

void c11_probe(void) {
    thrd_t t;
    thrd_create(&t, c11_warm_up, NULL);
    thrd_join(t, NULL);
}

// CHECK: join-unchecked-create.c:22:5: note: the create's result is not checked; if it failed, 'dummy' is joined uninitialised [pthread.JoinMisuse]
// CHECK-NEXT: join-unchecked-create.c:21:5: note: 'dummy' is created here; nothing tests what pthread_create returns
// CHECK-NEXT: join-unchecked-create.c:28:5: note: the create's result is not checked; if it failed, 't' is joined uninitialised [pthread.JoinMisuse]
// CHECK-NEXT: join-unchecked-create.c:27:14: note: 't' is created here; nothing tests what pthread_create returns
// CHECK-NEXT: join-unchecked-create.c:36:5: note: the create's result is not checked; if it failed, 't' is joined uninitialised [pthread.JoinMisuse]
// CHECK-NEXT: join-unchecked-create.c:35:5: note: 't' is created here; nothing tests what thrd_create returns
