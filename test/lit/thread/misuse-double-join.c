// Joining the same thread twice.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }
int finish(void);

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    pthread_join(t, NULL);
    int rc = finish();
    pthread_join(t, NULL);
    return rc;
}

// CHECK: misuse-double-join.c:14:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: misuse-double-join.c:10:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: misuse-double-join.c:12:5: note: 't' joined here
// CHECK-NEXT: fix-it:"{{.*}}misuse-double-join.c":{14:5-14:27}:""
