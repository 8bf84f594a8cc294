// REQUIRES: clangd
// Incremental didChange edits after non-ASCII text (2-, 3- and 4-byte UTF-8,
// the last a UTF-16 surrogate pair): threadlint analyses the edited buffer
// and its ranges cover the right text, in UTF-16 (the default) and in
// UTF-8 when the client and clangd agree on it.
// RUN: %python %S/Inputs/clangd_test.py incremental --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s --check-prefixes=CHECK,U16
// RUN: %python %S/Inputs/clangd_test.py incremental --encodings utf-8 --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s --check-prefixes=CHECK,U8
#include <pthread.h>

static void *work(void *arg) { return arg; }

void spawn(void) {
    pthread_t t;
    /* é – 😀 */ pthread_create(&t, NULL, work, NULL);
    /* insert here */
    /* join here */
}

// U16: encoding utf-16
// U8: encoding utf-8
// U16-NEXT: diag pthread.ThreadLeak 13:17-13:31 sev=2 text='pthread_create'
// U8-NEXT: diag pthread.ThreadLeak 13:22-13:36 sev=2 text='pthread_create'
// U16-NEXT: diag pthread.ThreadLeak 13:17-13:31 sev=2 text='pthread_create'
// U8-NEXT: diag pthread.ThreadLeak 13:22-13:36 sev=2 text='pthread_create'
// U16-NEXT: diag pthread.ThreadLeak 15:15-15:29 sev=2 text='pthread_create'
// U8-NEXT: diag pthread.ThreadLeak 15:19-15:33 sev=2 text='pthread_create'
// U16-NEXT: diag pthread.ThreadLeak 15:15-15:29 sev=2 text='pthread_create'
// U8-NEXT: diag pthread.ThreadLeak 15:19-15:33 sev=2 text='pthread_create'
// CHECK-NEXT: exit 0
