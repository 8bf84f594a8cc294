// pthread_attr_setdetachstate takes PTHREAD_CREATE_JOINABLE or
// PTHREAD_CREATE_DETACHED; another constant, or another value, fails with
// EINVAL and leaves the thread joinable.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(pthread_t *t, int how) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (how)
        pthread_attr_setdetachstate(&attr, PTHREAD_CANCEL_DISABLE);
    else
        pthread_attr_setdetachstate(&attr, 2);
    int rc = pthread_create(t, &attr, worker, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}

// CHECK: misuse-detachstate-value.c:13:9: warning: pthread_attr_setdetachstate is given 'PTHREAD_CANCEL_DISABLE', which is neither PTHREAD_CREATE_JOINABLE nor PTHREAD_CREATE_DETACHED [pthread.AttrMisuse]
// CHECK-NEXT: misuse-detachstate-value.c:15:9: warning: pthread_attr_setdetachstate is given '2', which is neither PTHREAD_CREATE_JOINABLE nor PTHREAD_CREATE_DETACHED [pthread.AttrMisuse]
// CHECK-NEXT: 2 warnings generated.
