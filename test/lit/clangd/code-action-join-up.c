// REQUIRES: clangd
// A pthread.DestroyWhileRunning quick fix: the join that follows the
// destroy moves above it (a deletion and an insertion), and applying it
// makes the finding go away.
// RUN: %python %S/Inputs/clangd_test.py code-action --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s
// CHECK: clangd's actions first: True
// CHECK-NEXT: action 'threadlint: apply the fix for pthread.DestroyWhileRunning' kind=quickfix preferred=True diagnostics=['pthread.DestroyWhileRunning']
// CHECK-NEXT: after the fix: no findings
// CHECK-NEXT: actions on line 0: 0
// CHECK-NEXT: exit 0
#include <pthread.h>
#include <stddef.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg) {
    pthread_mutex_lock(&lock);
    pthread_mutex_unlock(&lock);
    return arg;
}

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, worker, NULL) != 0)
        return -1;
    pthread_mutex_destroy(&lock);
    pthread_join(t, NULL);
    return 0;
}
