// The plugin analyses the parsed TU before code generation (it comes before
// codegen among the consumers, for speed: bench/README.md): its finding is
// printed before the backend's own warnings, which stay as they were, and
// the object file is still written.
// REQUIRES: plugin
// RUN: rm -f %t.o && %clang_plugin -c -O2 -o %t.o -fno-caret-diagnostics -Wframe-larger-than=64 %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -f %t.o
//
// Without the plugin, the backend's warning alone.
// RUN: %clang -c -O2 -o %t.plain.o -fno-caret-diagnostics -Wframe-larger-than=64 %s 2>&1 | FileCheck %s --check-prefix=PLAIN --implicit-check-not=warning:
//
// Under -Werror both are errors and no object file is left.
// RUN: rm -f %t.o && not %clang_plugin -c -O2 -o %t.o -fno-caret-diagnostics -Wframe-larger-than=64 -Werror %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not test -f %t.o
#include <pthread.h>
#include <string.h>

static void *worker(void *arg) { return arg; }

void fill(char *out, size_t n);

int big_frame(char *dst) {
    char buf[4096];
    fill(buf, sizeof buf);
    memcpy(dst, buf, 16);
    return buf[7];
}

int start(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, worker, NULL) != 0)
        return -1;
    return 0;
}

// CHECK: codegen-order.c:31:9: warning: thread 't' running 'worker' is neither joined nor detached when 'start' returns [pthread.ThreadLeak]
// CHECK-NEXT: codegen-order.c:31:9: note: 'pthread_create(&t, NULL, worker, NULL) != 0' is false
// CHECK-NEXT: codegen-order.c:33:5: note: 'start' returns here with 't' still joinable
// CHECK-NEXT: codegen-order.c:33:5: note: alternatively, insert 'pthread_join(t, NULL);'
// CHECK-NEXT: codegen-order.c:22:5: warning: stack frame size ({{[0-9]+}}) exceeds limit (64) in 'big_frame' [-Wframe-larger-than]
// PLAIN: codegen-order.c:22:5: warning: stack frame size ({{[0-9]+}}) exceeds limit (64) in 'big_frame' [-Wframe-larger-than]
// ERR: codegen-order.c:31:9: error: thread 't' running 'worker' is neither joined nor detached when 'start' returns [pthread.ThreadLeak]
// ERR-NOT: frame size
