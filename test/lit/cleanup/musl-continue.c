// continue in musl's region also ends the hidden loop and skips the pop.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include "Inputs/musl-cleanup.h"

static void release(void *p) { (void)p; }
int skip(int i);

void each(void *buf, int n) {
    for (int i = 0; i < n; i++) {
        pthread_cleanup_push(release, buf);
        if (skip(i))
            continue;
        pthread_cleanup_pop(0);
    }
}

// CHECK: musl-continue.c:12:13: warning: 'continue' binds to the do/while hidden in pthread_cleanup_push, not to an enclosing loop or switch [pthread.CleanupMisuse]
// CHECK-NEXT: musl-continue.c:10:9: note: cleanup handler pushed here
// CHECK-NEXT: musl-continue.c:11:13: note: 'skip(i)' is true
// CHECK-NEXT: 1 warning generated.
