// The silent twin of misuse-init-failed.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <time.h>

int make_cond(pthread_cond_t *cv) {
    pthread_condattr_t ca;
    int rc = pthread_condattr_init(&ca);
    if (rc != 0)
        return pthread_cond_init(cv, NULL);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    rc = pthread_cond_init(cv, &ca);
    pthread_condattr_destroy(&ca);
    return rc;
}
