// The silent twin of helper-init-leak.c: a second helper destroys it.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }

static int big_stack(pthread_attr_t *a) {
    int rc = pthread_attr_init(a);
    if (rc == 0)
        pthread_attr_setstacksize(a, 1 << 24);
    return rc;
}

static void done_with(pthread_attr_t *a) { pthread_attr_destroy(a); }

int start(pthread_t *t) {
    pthread_attr_t attr;
    if (big_stack(&attr) != 0)
        return -1;
    int rc = pthread_create(t, &attr, worker, NULL);
    done_with(&attr);
    return rc;
}
