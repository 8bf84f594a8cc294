// Joining a C11 thread twice.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <threads.h>

static int work(void *arg) { return arg != 0; }

int run(void) {
    thrd_t t;
    int res;
    if (thrd_create(&t, work, NULL) != thrd_success)
        return -1;
    thrd_join(t, &res);
    thrd_join(t, NULL);
    return res;
}

// CHECK: misuse-double-join.c:13:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: misuse-double-join.c:10:9: note: 'thrd_create(&t, work, NULL) != thrd_success' is false
// CHECK-NEXT: misuse-double-join.c:12:5: note: 't' joined here
// CHECK-NEXT: fix-it:"{{.*}}misuse-double-join.c":{13:5-13:24}:""
