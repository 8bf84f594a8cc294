// REQUIRES: clangd
// A quick fix made of a deletion and an insertion (a return that ends a
// cleanup region moves after its pop): the WorkspaceEdit carries both
// edits, and applying it makes the finding go away.
// RUN: %python %S/Inputs/clangd_test.py code-action --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s
// CHECK: clangd's actions first: True
// CHECK-NEXT: action 'threadlint: apply the fix for pthread.CleanupMisuse' kind=quickfix preferred=True diagnostics=['pthread.CleanupMisuse']
// CHECK-NEXT: after the fix: no findings
// CHECK-NEXT: actions on line 0: 0
// CHECK-NEXT: exit 0
#include <pthread.h>

static void unlock(void *m) { pthread_mutex_unlock(m); }

int bump(pthread_mutex_t *m, int *v) {
    int rc = 0;
    pthread_mutex_lock(m);
    pthread_cleanup_push(unlock, m);
    (*v)++;
    return rc;
    pthread_cleanup_pop(1);
    return -1;
}
