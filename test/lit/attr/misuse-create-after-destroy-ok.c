// The silent twin of misuse-create-after-destroy.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_detached(pthread_t *t) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int rc = pthread_create(t, &attr, worker, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}
