// musl's macros: a goto from outside a region to a label inside it skips
// the push, and _pthread_cleanup_pop then unlinks a frame that was never
// linked.  Reported at the goto, with a note at the push it skips.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include "Inputs/musl-cleanup.h"

static void release(void *p) { (void)p; }
int step(void);

int skip_push(int fd, void *buf) {
    int n = 0;
    if (fd < 0)
        goto done;
    pthread_cleanup_push(release, buf);
    n = step();
done:
    pthread_cleanup_pop(1);
    return n;
}

int back_in(void *buf) {
    int n = 0;
    pthread_cleanup_push(release, buf);
again:
    n += step();
    pthread_cleanup_pop(0);
    if (n < 10)
        goto again;
    return n;
}

// CHECK: musl-goto-into.c:13:9: warning: 'goto' jumps into a pthread_cleanup_push region past its push: pthread_cleanup_pop then unregisters a handler that was never registered [pthread.CleanupMisuse]
// CHECK-NEXT: musl-goto-into.c:14:5: note: the pthread_cleanup_push that the goto skips
// CHECK: musl-goto-into.c:28:9: warning: 'goto' jumps into a pthread_cleanup_push region past its push: pthread_cleanup_pop then unregisters a handler that was never registered [pthread.CleanupMisuse]
// CHECK-NEXT: musl-goto-into.c:23:5: note: the pthread_cleanup_push that the goto skips
// CHECK-NEXT: 2 warnings generated.
