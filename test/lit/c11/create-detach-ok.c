// A detached thread needs no join: thrd_detach right after a checked
// create, and a start routine that detaches itself with
// thrd_detach(thrd_current()).  Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <threads.h>

static int background(void *arg) { return arg != 0; }

static int self_detaching(void *arg) {
    thrd_detach(thrd_current());
    return arg != 0;
}

int spawn_background(void) {
    thrd_t t;
    if (thrd_create(&t, background, NULL) != thrd_success)
        return -1;
    thrd_detach(t);
    return 0;
}

int spawn_self_detaching(void) {
    thrd_t t;
    return thrd_create(&t, self_detaching, NULL) == thrd_success ? 0 : -1;
}
