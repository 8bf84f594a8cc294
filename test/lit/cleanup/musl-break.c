// musl's region is one hidden do/while: the break leaves it and skips the
// pop, so the frame stays registered while the loop goes on.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include "Inputs/musl-cleanup.h"

static void release(void *p) { (void)p; }
int poll_once(int i);

void drain(void *buf, int n) {
    for (int i = 0; i < n; i++) {
        pthread_cleanup_push(release, buf);
        if (poll_once(i) < 0)
            break;
        pthread_cleanup_pop(0);
    }
}

// CHECK: musl-break.c:13:13: warning: 'break' binds to the do/while hidden in pthread_cleanup_push, not to an enclosing loop or switch [pthread.CleanupMisuse]
// CHECK-NEXT: musl-break.c:11:9: note: cleanup handler pushed here
// CHECK-NEXT: musl-break.c:12:13: note: 'poll_once(i) < 0' is true
// CHECK-NEXT: 1 warning generated.
