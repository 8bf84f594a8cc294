// A push without its pop does not compile (the macros open braces the
// pop closes): threadlint says so and exits 2 instead of analysing.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s
#include <pthread.h>

static void release(void *p) { (void)p; }

int update(void *buf, int x) {
    pthread_cleanup_push(release, buf);
    x++;
    return x;
}

// CHECK: unbalanced.c:{{[0-9]+}}:{{[0-9]+}}: error: expected '}'
// CHECK: threadlint: error: '{{.*}}unbalanced.c' does not compile ({{[0-9]+}} errors); not analysed
