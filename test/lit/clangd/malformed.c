// REQUIRES: clangd
// Malformed frames from the editor (invalid JSON, a bad Content-Length, no
// header at all, JSON that is not JSON-RPC, on which clangd would end its
// session) are reported and skipped; the session carries on.
// RUN: %python %S/Inputs/clangd_test.py malformed --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s
// CHECK: request 9 answered with error -32600
// CHECK-NEXT: findings after bad frames: 1
// CHECK-NEXT: log type=1 threadlint: invalid JSON from the editor ({{.*}}); message dropped
// CHECK-NEXT: log type=1 threadlint: malformed message from the editor: malformed header (no valid Content-Length); skipped to the next header
// CHECK-NEXT: log type=1 threadlint: a message from the editor is not JSON-RPC 2.0 (no "jsonrpc": "2.0"); dropped
// CHECK-NEXT: exit 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
}
