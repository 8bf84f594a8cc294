// An unchecked create, a join on one branch only, and the function falls
// off its end: a join at the closing brace would join twice on the path
// that joined, and there is no branch where the leaking path is alone, so
// no fix-it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }

void run(int x) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
    if (x)
        pthread_join(t, NULL);
}

// CHECK: fixit-none-unchecked-conditional-join.c:12:5: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: fixit-none-unchecked-conditional-join.c:13:9: note: 'x' is false
// CHECK-NEXT: fixit-none-unchecked-conditional-join.c:15:1: note: 'run' returns here with 't' still joinable
