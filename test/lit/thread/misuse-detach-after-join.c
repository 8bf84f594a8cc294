// Detaching a thread after joining it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    void *res;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    pthread_join(t, &res);
    pthread_detach(t);
    return res != NULL;
}

// CHECK: misuse-detach-after-join.c:13:5: warning: thread 't' is detached after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: misuse-detach-after-join.c:10:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: misuse-detach-after-join.c:12:5: note: 't' joined here
// CHECK-NEXT: fix-it:"{{.*}}misuse-detach-after-join.c":{13:5-13:23}:""
