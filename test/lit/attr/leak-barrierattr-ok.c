// The silent twin of leak-barrierattr.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

int make_shared_barrier(pthread_barrier_t *b, unsigned n) {
    pthread_barrierattr_t ba;
    int rc = pthread_barrierattr_init(&ba);
    if (rc != 0)
        return rc;
    pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
    rc = pthread_barrier_init(b, &ba, n);
    pthread_barrierattr_destroy(&ba);
    return rc;
}
