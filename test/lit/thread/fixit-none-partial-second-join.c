// The second join is redundant only on the path that joined early: deleting
// it would leak on the other path, so no fix-it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }
int finish(void);

int run(int early) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (early) {
        pthread_join(t, NULL);
    }
    int rc = finish();
    pthread_join(t, NULL);
    return rc;
}

// CHECK: fixit-none-partial-second-join.c:17:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: fixit-none-partial-second-join.c:11:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: fixit-none-partial-second-join.c:13:9: note: 'early' is true
// CHECK-NEXT: fixit-none-partial-second-join.c:14:9: note: 't' joined here
