// The same function with the early exit after the pop is correct.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void unlock(void *m) { pthread_mutex_unlock(m); }

int update(pthread_mutex_t *m, int *v) {
    int rc = 0;
    pthread_mutex_lock(m);
    pthread_cleanup_push(unlock, m);
    if (*v < 0)
        rc = -1;
    else
        (*v)++;
    pthread_cleanup_pop(1);
    return rc;
}
