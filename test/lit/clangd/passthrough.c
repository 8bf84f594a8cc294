// REQUIRES: clangd
// clangd's diagnostics reach the editor with every field they had, clangd
// extensions (inline codeActions) included, exactly as clangd alone sends
// them, beside threadlint's.
// RUN: %python %S/Inputs/clangd_test.py passthrough --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s
// CHECK: clangd diagnostics: 2, identical: True, with codeActions: 2
// CHECK-NEXT: threadlint diagnostics: 1
// CHECK-NEXT: exit 0
#include <pthread.h>
#include <stdio.h>

static void *worker(void *arg) { return arg; }
int check(int);

void fire(int fd) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    if (fd = check(fd))
        printf("%s\n", fd);
}
