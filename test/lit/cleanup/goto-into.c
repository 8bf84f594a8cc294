// A goto from outside a region to a label inside it skips the push: the
// pop then unregisters a frame that was never registered (and glibc's pop
// calls a handler pointer that was never set).  Reported at the goto, with
// a note at the push it skips; forward and backward jumps alike.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

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

// CHECK: goto-into.c:14:9: warning: 'goto' jumps into a pthread_cleanup_push region past its push: pthread_cleanup_pop then unregisters a handler that was never registered [pthread.CleanupMisuse]
// CHECK-NEXT: goto-into.c:15:5: note: the pthread_cleanup_push that the goto skips
// CHECK: goto-into.c:29:9: warning: 'goto' jumps into a pthread_cleanup_push region past its push: pthread_cleanup_pop then unregisters a handler that was never registered [pthread.CleanupMisuse]
// CHECK-NEXT: goto-into.c:24:5: note: the pthread_cleanup_push that the goto skips
// CHECK-NEXT: 2 warnings generated.
