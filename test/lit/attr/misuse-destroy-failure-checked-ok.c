// A destroy whose failure is tested: on the branch where it failed nothing
// was destroyed, so the cleanup label that destroys the attribute again is
// no double destroy (libuv's uv_cond_init has this shape).
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <time.h>

int make_monotonic_cond(pthread_cond_t *cond) {
    pthread_condattr_t attr;
    int err = pthread_condattr_init(&attr);
    if (err)
        return -err;
    err = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    if (err)
        goto drop_attr;
    err = pthread_cond_init(cond, &attr);
    if (err)
        goto drop_attr;
    err = pthread_condattr_destroy(&attr);
    if (err)
        goto drop_cond;
    return 0;

drop_cond:
    pthread_cond_destroy(cond);
drop_attr:
    pthread_condattr_destroy(&attr);
    return -err;
}

// The same for an attribute a caller initialised.
void reset_attr(pthread_attr_t *attr) {
    if (pthread_attr_destroy(attr) != 0)
        pthread_attr_destroy(attr);
}
