// Wrappers work for every modelled API, here the mutex attribute family:
// an attribute object initialised by a wrapper that cannot fail, used to
// initialise a mutex, then destroyed.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/lock.c 2>&1 | count 0

//--- .threadlint.yaml
wrappers:
  - {name: xmutexattr_init, model: pthread_mutexattr_init, args: [0], can-fail: false}
  - {name: xmutex_init, model: pthread_mutex_init, args: [0, 1], can-fail: false}

//--- src/lock.c
#include <pthread.h>

void xmutexattr_init(pthread_mutexattr_t *attr);
void xmutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr);

void make_recursive(pthread_mutex_t *m) {
    pthread_mutexattr_t attr;
    xmutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    xmutex_init(m, &attr);
    pthread_mutexattr_destroy(&attr);
}
