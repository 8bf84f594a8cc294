// The silent twin of misuse-set-after-destroy.c: one attribute serves both
// mutexes and is destroyed last.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

int make_locks(pthread_mutex_t *a, pthread_mutex_t *b) {
    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutex_init(a, &ma);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
    int rc = pthread_mutex_init(b, &ma);
    pthread_mutexattr_destroy(&ma);
    return rc;
}
