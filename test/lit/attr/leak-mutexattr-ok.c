// The silent twin of leak-mutexattr.c: the settype failure path destroys
// the attribute too.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

int make_recursive(pthread_mutex_t *m) {
    pthread_mutexattr_t ma;
    if (pthread_mutexattr_init(&ma) != 0)
        return -1;
    if (pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE) != 0) {
        pthread_mutexattr_destroy(&ma);
        return -1;
    }
    int rc = pthread_mutex_init(m, &ma);
    pthread_mutexattr_destroy(&ma);
    return rc;
}
