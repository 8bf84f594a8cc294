// On the `!= thrd_success` branch no thread was created: joining it there
// is a misuse, named with the C11 create.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <threads.h>

static int work(void *arg) { return arg != 0; }

int run(void) {
    thrd_t t;
    if (thrd_create(&t, work, NULL) != thrd_success) {
        thrd_join(t, NULL);
        return -1;
    }
    thrd_join(t, NULL);
    return 0;
}

// CHECK: misuse-join-failed-create.c:11:9: warning: 't' is joined but its thrd_create failed [pthread.JoinMisuse]
// CHECK-NEXT: misuse-join-failed-create.c:10:9: note: 'thrd_create(&t, work, NULL) != thrd_success' is true
