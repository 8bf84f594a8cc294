// The silent twin of fixit-none-not-dominated.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(pthread_t *t, int big) {
    pthread_attr_t attr;
    int rc;
    if (big) {
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 1 << 24);
        rc = pthread_create(t, &attr, worker, NULL);
        pthread_attr_destroy(&attr);
    } else {
        rc = pthread_create(t, NULL, worker, NULL);
    }
    return rc;
}
