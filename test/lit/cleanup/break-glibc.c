// With glibc, the region's body sits in a hidden do/while(0): this break
// ends the region, not the for loop the author meant.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

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

// CHECK: break-glibc.c:13:13: warning: 'break' binds to the do/while hidden in pthread_cleanup_push, not to an enclosing loop or switch [pthread.CleanupMisuse]
// CHECK-NEXT: break-glibc.c:11:9: note: cleanup handler pushed here
// CHECK-NEXT: break-glibc.c:12:13: note: 'poll_once(i) < 0' is true
// CHECK-NEXT: 1 warning generated.
