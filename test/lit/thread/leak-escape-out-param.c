// The handle is created straight into a caller-provided `*out`: the caller
// owns the thread. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

struct ticker { unsigned ms; volatile int stop; };

static void *tick(void *arg) {
    struct ticker *t = arg;
    while (!t->stop)
        t->ms++;
    return NULL;
}

int ticker_start(struct ticker *tk, pthread_t *out) {
    pthread_t t;
    if (!tk || !out)
        return -1;
    if (pthread_create(&t, NULL, tick, tk) != 0)
        return -1;
    *out = t;
    return 0;
}
