// Attribute wrappers on both ends: xattr_init cannot fail, xattr_destroy
// stands for pthread_attr_destroy.  Nothing leaks, and the use after the
// wrapper's init is no use of an uninitialised object.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/start.c 2>&1 | count 0

//--- .threadlint.yaml
wrappers:
  - {name: xattr_init, model: pthread_attr_init, can-fail: false}
  - {name: xattr_destroy, model: pthread_attr_destroy}

//--- src/start.c
#include <pthread.h>

void xattr_init(pthread_attr_t *attr);
int xattr_destroy(pthread_attr_t *attr);
static void *worker(void *arg) { return arg; }

int start_worker(pthread_t *out) {
    pthread_attr_t attr;
    int rc;

    xattr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    rc = pthread_create(out, &attr, worker, NULL);
    xattr_destroy(&attr);
    return rc;
}
