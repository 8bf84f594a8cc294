// longjmp out of the region skips the pop.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <setjmp.h>

static jmp_buf env;
static void release(void *p) { (void)p; }

void step(void *buf, int bad) {
    pthread_cleanup_push(release, buf);
    if (bad)
        longjmp(env, 1);
    pthread_cleanup_pop(0);
}

// CHECK: longjmp-inside.c:12:9: warning: 'longjmp' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: longjmp-inside.c:10:5: note: cleanup handler pushed here
// CHECK-NEXT: longjmp-inside.c:11:9: note: 'bad' is true
// CHECK-NEXT: 1 warning generated.
