// REQUIRES: clangd
// A code action request on a finding gets clangd's actions and threadlint's
// quick fix (a WorkspaceEdit); applying it makes the finding go away.
// RUN: %python %S/Inputs/clangd_test.py code-action --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s
// CHECK: clangd's actions first: True
// CHECK-NEXT: action "threadlint: insert 'pthread_join(tid, NULL);'" kind=quickfix preferred=True diagnostics=['pthread.ThreadLeak']
// CHECK-NEXT: after the fix: no findings
// CHECK-NEXT: actions on line 0: 0
// CHECK-NEXT: exit 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }
int check(int);

int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (check(fd) < 0) {
        return -2;
    }
    pthread_join(tid, NULL);
    return 0;
}
