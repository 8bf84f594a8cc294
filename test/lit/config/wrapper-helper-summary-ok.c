// A same-file helper that returns a wrapper's status is summarised like
// one that returns pthread_create's: its callers know the thread exists
// only when it returned 0.  The helper names no API itself, only the
// wrapper, and is still lowered.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/server.c 2>&1 | count 0

//--- .threadlint.yaml
wrappers:
  - {name: xpthread_create, model: pthread_create, can-fail: true}

//--- src/server.c
#include <pthread.h>

int xpthread_create(pthread_t *t, const pthread_attr_t *attr, void *(*fn)(void *), void *arg);
static void *work(void *arg) { return arg; }
int check(void);

static int start_worker(pthread_t *t) {
    return xpthread_create(t, NULL, work, NULL);
}

int serve(void) {
    pthread_t t;
    if (start_worker(&t) != 0)
        return -1;
    if (check()) {
        pthread_join(t, NULL);
        return -2;
    }
    return pthread_join(t, NULL);
}
