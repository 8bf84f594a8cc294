// The silent twin of leak-create-eq-error.c: the failed open joins the
// thread before it returns.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <threads.h>

int open_log(const char *path);
static int flusher(void *arg) { return arg != 0; }

int start_logging(const char *path) {
    thrd_t t;
    if (thrd_create(&t, flusher, NULL) == thrd_error)
        return -1;
    int fd = open_log(path);
    if (fd < 0) {
        thrd_join(t, NULL);
        return -1;
    }
    thrd_join(t, NULL);
    return fd;
}
