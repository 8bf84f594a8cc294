// --dump-ir prints the lowered IR instead of findings, and exits 0.
// RUN: %threadlint --dump-ir %s | FileCheck %s --implicit-check-not=warning:
// CHECK: serve
// CHECK: pthread_create
// CHECK: pthread_join
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int serve(void) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    return pthread_join(tid, NULL);
}
