// The silent twin of leak-no-destroy.c: the attribute is destroyed once the
// thread has been created.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_worker(pthread_t *out) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    pthread_attr_setstacksize(&attr, 1 << 20);
    int rc = pthread_create(out, &attr, worker, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}
