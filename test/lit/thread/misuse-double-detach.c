// Detaching the same thread twice.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    pthread_detach(t);
    pthread_detach(t);
    return 0;
}

// CHECK: misuse-double-detach.c:12:5: warning: thread 't' is detached after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: misuse-double-detach.c:9:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: misuse-double-detach.c:11:5: note: 't' detached here
// CHECK-NEXT: fix-it:"{{.*}}misuse-double-detach.c":{12:5-12:23}:""
