// The silent twin of leak-rwlockattr.c: the attribute is destroyed before
// the status is looked at.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#define _GNU_SOURCE
#include <pthread.h>

int make_writer_lock(pthread_rwlock_t *rw) {
    pthread_rwlockattr_t ra;
    if (pthread_rwlockattr_init(&ra))
        return -1;
    pthread_rwlockattr_setkind_np(&ra, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    int rc = pthread_rwlock_init(rw, &ra);
    pthread_rwlockattr_destroy(&ra);
    return rc ? -1 : 0;
}
