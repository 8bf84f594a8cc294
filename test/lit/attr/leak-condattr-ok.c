// The silent twin of leak-condattr.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <time.h>

int make_monotonic_cond(pthread_cond_t *cv) {
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    int rc = pthread_cond_init(cv, &ca);
    pthread_condattr_destroy(&ca);
    return rc;
}
