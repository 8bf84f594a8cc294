// A switch on thrd_create's result: `default` and the other cases know the
// create failed, so returning there leaks nothing.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <threads.h>

static int work(void *a) { (void)a; return 0; }

int run(void) {
    thrd_t t;
    switch (thrd_create(&t, work, NULL)) {
    case thrd_success:
        thrd_join(t, NULL);
        return 0;
    case thrd_nomem:
        return -2;
    default:
        return -1;
    }
}
