// REQUIRES: clangd
// A buffer that does not compile gets no threadlint findings; clangd's
// errors pass through.
// RUN: %python %S/Inputs/clangd_test.py diagnostics --count 0 --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s --implicit-check-not=diag
// CHECK: clangd: Expression is not assignable
// CHECK-NEXT: exit 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }
int check(int);

int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (check(fd) = 0)
        return -2;
    pthread_join(tid, NULL);
    return 0;
}
