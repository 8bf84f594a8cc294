// A wrapper that returns pthread_create's status, checked the usual ways:
// where it failed there is no thread to join, so returning is fine.  (Were
// the status ignored, each failure return would look like a leak.)
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/server.c 2>&1 | count 0

//--- .threadlint.yaml
# can-fail defaults to true; args default to the model's own order
wrappers:
  - {name: xpthread_create, model: pthread_create}

//--- src/server.c
#include <pthread.h>

int xpthread_create(pthread_t *t, const pthread_attr_t *attr, void *(*fn)(void *), void *arg);
static void *work(void *arg) { return arg; }
int check(void);

int serve(void) {
    pthread_t t;
    if (xpthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (check()) {
        pthread_join(t, NULL);
        return -2;
    }
    return pthread_join(t, NULL);
}

int serve_rc(void) {
    pthread_t t;
    int rc = xpthread_create(&t, NULL, work, NULL);
    if (rc)
        return rc;
    pthread_detach(t);
    return 0;
}

int serve_success_branch(void) {
    pthread_t t;
    if (!xpthread_create(&t, NULL, work, NULL)) {
        pthread_join(t, NULL);
        return 0;
    }
    return -1;
}
