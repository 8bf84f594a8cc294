// continue binds to the hidden do/while(0) too: it jumps to the pop.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void release(void *p) { (void)p; }
int skip(int i);
void handle(int i);

void each(void *buf, int n) {
    int i = 0;
    while (i < n) {
        pthread_cleanup_push(release, buf);
        i++;
        if (skip(i))
            continue;
        handle(i);
        pthread_cleanup_pop(0);
    }
}

// CHECK: continue-glibc.c:15:13: warning: 'continue' binds to the do/while hidden in pthread_cleanup_push, not to an enclosing loop or switch [pthread.CleanupMisuse]
// CHECK-NEXT: continue-glibc.c:12:9: note: cleanup handler pushed here
// CHECK-NEXT: continue-glibc.c:14:13: note: 'skip(i)' is true
// CHECK-NEXT: 1 warning generated.
