// A join five wrappers deep still counts: joining again afterwards is a
// double join.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *body(void *arg) { return arg; }

static int wait1(pthread_t *t) { return pthread_join(*t, NULL); }
static int wait2(pthread_t *t) { return wait1(t); }
static int wait3(pthread_t *t) { return wait2(t); }
static int wait4(pthread_t *t) { return wait3(t); }
static int wait5(pthread_t *t) { return wait4(t); }

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, body, NULL) != 0)
        return -1;
    wait5(&t);
    pthread_join(t, NULL);
    return 0;
}

// CHECK: summary-wrapper-chain-double-join.c:19:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: summary-wrapper-chain-double-join.c:16:9: note: 'pthread_create(&t, NULL, body, NULL) != 0' is false
// CHECK-NEXT: summary-wrapper-chain-double-join.c:18:5: note: 't' joined here (by 'wait5')
// CHECK-NEXT: fix-it:"{{.*}}summary-wrapper-chain-double-join.c":{19:5-19:27}:""
