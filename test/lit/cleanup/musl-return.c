// musl's macros: a return inside the region skips _pthread_cleanup_pop.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include "Inputs/musl-cleanup.h"

static void release(void *p) { (void)p; }

int update(void *buf, int x) {
    pthread_cleanup_push(release, buf);
    if (x)
        return -1;
    pthread_cleanup_pop(1);
    return 0;
}

// CHECK: musl-return.c:10:9: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: musl-return.c:8:5: note: cleanup handler pushed here
// CHECK-NEXT: musl-return.c:9:9: note: 'x' is true
// CHECK-NEXT: 1 warning generated.
