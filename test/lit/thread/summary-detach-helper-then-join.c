// release(t) detaches its parameter; joining afterwards is join after
// detach through the callee.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }

static void release(pthread_t t) {
    pthread_detach(t);
}

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    release(t);
    pthread_join(t, NULL);
    return 0;
}

// CHECK: summary-detach-helper-then-join.c:17:5: warning: thread 't' is joined after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: summary-detach-helper-then-join.c:14:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: summary-detach-helper-then-join.c:16:5: note: 't' detached here (by 'release')
// CHECK-NEXT: fix-it:"{{.*}}summary-detach-helper-then-join.c":{17:5-17:27}:""
