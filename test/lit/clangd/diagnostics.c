// REQUIRES: clangd
// An unsaved buffer's findings join clangd's own diagnostics in one
// publishDiagnostics: rule ID as code, a link to the rule's page, the path
// notes as relatedInformation.
// RUN: %python %S/Inputs/clangd_test.py diagnostics --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s
#include <pthread.h>

static void *worker(void *arg) { return arg; }
int check(int);

int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (fd = check(fd)) // clangd warns about this
        return -2;
    pthread_join(tid, NULL);
    return 0;
}

// CHECK: clangd: Using the result of an assignment as a condition without parentheses
// CHECK-NEXT: diag pthread.ThreadLeak 12:8-12:22 sev=2 text='pthread_create'
// CHECK-NEXT:   href=pthread.ThreadLeak.md
// CHECK-NEXT:   related 12: 'pthread_create(&tid, NULL, worker, NULL) != 0' is false
// CHECK-NEXT:   related 14: 'fd = check(fd)' is true
// CHECK-NEXT:   related 15: 'serve' returns here with 'tid' still joinable
// CHECK-NEXT: exit 0
