// A goto out of musl's region.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include "Inputs/musl-cleanup.h"

static void release(void *p) { (void)p; }

int fill(void *buf, int x) {
    pthread_cleanup_push(release, buf);
    if (x)
        goto out;
    pthread_cleanup_pop(1);
out:
    return x;
}

// CHECK: musl-goto.c:10:9: warning: 'goto' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: musl-goto.c:8:5: note: cleanup handler pushed here
// CHECK-NEXT: musl-goto.c:9:9: note: 'x' is true
// CHECK-NEXT: 1 warning generated.
