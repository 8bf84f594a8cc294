// Nested regions: a return in the inner one leaves both; one finding at
// the return, with a note at each push.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void release(void *p) { (void)p; }

int nested(void *a, void *b, int x) {
    pthread_cleanup_push(release, a);
    pthread_cleanup_push(release, b);
    if (x)
        return 1;
    pthread_cleanup_pop(1);
    pthread_cleanup_pop(1);
    return 0;
}

// CHECK: nested-regions.c:12:9: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: nested-regions.c:9:5: note: cleanup handler pushed here
// CHECK-NEXT: nested-regions.c:10:5: note: cleanup handler pushed here
// CHECK-NEXT: nested-regions.c:11:9: note: 'x' is true
// CHECK-NEXT: 1 warning generated.
