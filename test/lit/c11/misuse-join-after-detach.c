// Joining a C11 thread after detaching it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <threads.h>

static int work(void *arg) { return arg != 0; }

int run(void) {
    thrd_t t;
    if (thrd_create(&t, work, NULL) != thrd_success)
        return -1;
    thrd_detach(t);
    thrd_join(t, NULL);
    return 0;
}

// CHECK: misuse-join-after-detach.c:12:5: warning: thread 't' is joined after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: misuse-join-after-detach.c:9:9: note: 'thrd_create(&t, work, NULL) != thrd_success' is false
// CHECK-NEXT: misuse-join-after-detach.c:11:5: note: 't' detached here
// CHECK-NEXT: fix-it:"{{.*}}misuse-join-after-detach.c":{12:5-12:24}:""
