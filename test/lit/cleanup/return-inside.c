// A return inside the region skips the pop: the cancellation frame stays
// registered after the function's stack is gone (glibc's macros).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void unlock(void *m) { pthread_mutex_unlock(m); }

int update(pthread_mutex_t *m, int *v) {
    pthread_mutex_lock(m);
    pthread_cleanup_push(unlock, m);
    if (*v < 0)
        return -1;
    (*v)++;
    pthread_cleanup_pop(1);
    return 0;
}

// CHECK: return-inside.c:12:9: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: return-inside.c:10:5: note: cleanup handler pushed here
// CHECK-NEXT: return-inside.c:11:9: note: '*v < 0' is true
// CHECK-NEXT: 1 warning generated.
