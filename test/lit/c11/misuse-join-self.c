// thrd_join(thrd_current(), ...) waits for the calling thread itself.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <threads.h>

int wait_for_me(void) {
    int res;
    thrd_join(thrd_current(), &res);
    return res;
}

// CHECK: misuse-join-self.c:7:5: warning: thrd_join(thrd_current(), ...) joins the calling thread: it deadlocks [pthread.JoinMisuse]
