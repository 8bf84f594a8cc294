// A goto from outside a region to a label inside it skips the push: the
// pop then unregisters a frame that was never registered (glibc's also
// calls a handler pointer that was never set; musl's unlinks a frame that
// was never linked).  Reported at the goto, with a note at the push it
// skips; forward and backward jumps alike, glibc and musl alike.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: not %threadlint --no-source -DMUSL %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#ifdef MUSL
#include "Inputs/musl-cleanup.h"
#else
#include <pthread.h>
#endif

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


// CHECK: goto-into.c:20:9: warning: 'goto' jumps into a pthread_cleanup_push region past its push: pthread_cleanup_pop then unregisters a handler that was never registered [pthread.CleanupMisuse]
// CHECK-NEXT: goto-into.c:21:5: note: the pthread_cleanup_push that the goto skips
// CHECK: goto-into.c:35:9: warning: 'goto' jumps into a pthread_cleanup_push region past its push: pthread_cleanup_pop then unregisters a handler that was never registered [pthread.CleanupMisuse]
// CHECK-NEXT: goto-into.c:30:5: note: the pthread_cleanup_push that the goto skips
// CHECK-NEXT: 2 warnings generated.
