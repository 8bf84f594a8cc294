// A return from a loop nested in the region leaves it too.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void release(void *p) { (void)p; }
int get(int i);

int find(void *buf, int n, int want) {
    pthread_cleanup_push(release, buf);
    for (int i = 0; i < n; i++) {
        if (get(i) == want)
            return i;
    }
    pthread_cleanup_pop(0);
    return -1;
}

// CHECK: return-in-loop.c:12:13: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: return-in-loop.c:9:5: note: cleanup handler pushed here
// CHECK-NEXT: return-in-loop.c:10:21: note: 'i < n' is true
// CHECK-NEXT: return-in-loop.c:11:13: note: 'get(i) == want' is true
// CHECK-NEXT: 1 warning generated.
