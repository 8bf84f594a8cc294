// A break with no loop around it compiles only because of the macro's
// hidden loop: still a break the author did not mean.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void release(void *p) { (void)p; }
int ready(void);
void go(void);

void once(void *buf) {
    pthread_cleanup_push(release, buf);
    if (!ready())
        break;
    go();
    pthread_cleanup_pop(1);
}

// CHECK: break-no-loop-glibc.c:13:9: warning: 'break' binds to the do/while hidden in pthread_cleanup_push, not to an enclosing loop or switch [pthread.CleanupMisuse]
// CHECK-NEXT: break-no-loop-glibc.c:11:5: note: cleanup handler pushed here
// CHECK-NEXT: break-no-loop-glibc.c:12:10: note: 'ready()' is false
// CHECK-NEXT: 1 warning generated.
