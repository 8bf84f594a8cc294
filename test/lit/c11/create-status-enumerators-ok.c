// The <threads.h> status enumerators are constants: `== thrd_success`
// guards the join, and after `== thrd_nomem || == thrd_error` returns the
// thread may exist, so it is joined.  Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <threads.h>

static int work(void *arg) { return arg != 0; }

int on_success(void) {
    thrd_t t;
    if (thrd_create(&t, work, NULL) == thrd_success) {
        thrd_join(t, NULL);
        return 0;
    }
    return -1;
}

int by_checks(void) {
    thrd_t t;
    int rc = thrd_create(&t, work, NULL);
    if (rc == thrd_nomem || rc == thrd_error)
        return -1;
    thrd_join(t, NULL);
    return 0;
}
