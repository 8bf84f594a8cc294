// The silent twin of misuse-double-destroy.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(pthread_t *t) {
    pthread_attr_t attr;
    int rc = pthread_attr_init(&attr);
    if (rc != 0)
        return rc;
    rc = pthread_create(t, &attr, worker, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0)
        return rc;
    return 0;
}
