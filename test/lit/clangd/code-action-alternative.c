// REQUIRES: clangd
// A finding with two repairs gets two quick fixes: the detach (preferred)
// and the join beside it; applying the join makes the finding go away too.
// RUN: %python %S/Inputs/clangd_test.py code-action --apply 1 --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s
// CHECK: clangd's actions first: True
// CHECK-NEXT: action "threadlint: insert 'pthread_detach(t);'" kind=quickfix preferred=True diagnostics=['pthread.ThreadLeak']
// CHECK-NEXT: action "threadlint: insert 'pthread_join(t, NULL);'" kind=quickfix preferred=False diagnostics=['pthread.ThreadLeak']
// CHECK-NEXT: after the fix: no findings
// CHECK-NEXT: actions on line 0: 0
// CHECK-NEXT: exit 0
#include <pthread.h>

static void *job(void *arg) { return arg; }
int check(int);

int fire(void *req) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, req) != 0)
        return -1;
    check(0);
    return 0;
}
