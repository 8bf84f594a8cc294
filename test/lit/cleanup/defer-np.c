// pthread_cleanup_push_defer_np / pop_restore_np are regions too.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#define _GNU_SOURCE
#include <pthread.h>

static void release(void *p) { (void)p; }

int deferred(void *buf, int x) {
    pthread_cleanup_push_defer_np(release, buf);
    if (x)
        return -1;
    pthread_cleanup_pop_restore_np(1);
    return 0;
}

// CHECK: defer-np.c:11:9: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: defer-np.c:9:5: note: cleanup handler pushed here
// CHECK-NEXT: defer-np.c:10:9: note: 'x' is true
// CHECK-NEXT: 1 warning generated.
