// Two returns inside the region: a finding at each.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void release(void *p) { (void)p; }

int pick(void *buf, int x) {
    pthread_cleanup_push(release, buf);
    if (x == 1)
        return 10;
    if (x == 2)
        return 20;
    pthread_cleanup_pop(1);
    return 0;
}

// CHECK: two-returns.c:10:9: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: two-returns.c:8:5: note: cleanup handler pushed here
// CHECK-NEXT: two-returns.c:9:9: note: 'x == 1' is true
// CHECK-NEXT: two-returns.c:12:9: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: two-returns.c:8:5: note: cleanup handler pushed here
// CHECK-NEXT: two-returns.c:9:9: note: 'x == 1' is false
// CHECK-NEXT: two-returns.c:11:9: note: 'x == 2' is true
// CHECK-NEXT: 2 warnings generated.
