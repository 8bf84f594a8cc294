// REQUIRES: clangd
// threadlint-clangd reads threadlint-summaries.json from the build
// directory of the database it finds for the buffer: without it the helper
// in name.c is unknown and the thread counts as handed over; once
// `threadlint -p build --export-summaries=...` writes it, the next analysis
// knows the helper only names the thread and reports the leak; a corrupt
// file is ignored (said on the worker's stderr).
// RUN: %python %S/Inputs/clangd_test.py summaries --threadlint %threadlint --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s
// CHECK: without a summaries file: []
// CHECK-NEXT: after the export: ['pthread.ThreadLeak']
// CHECK-NEXT: corrupt: []
// CHECK-NEXT: exit 0
#include <pthread.h>

void name_thread(pthread_t t, const char *name);
static void *job(void *arg) { return arg; }

int spawn(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, NULL) != 0)
        return -1;
    name_thread(t, "worker"); /* edit here */
    return 0;
}
