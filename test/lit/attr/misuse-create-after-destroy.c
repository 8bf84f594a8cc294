// The attribute is destroyed before pthread_create reads it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_detached(pthread_t *t) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_destroy(&attr);
    return pthread_create(t, &attr, worker, NULL);
}

// CHECK: misuse-create-after-destroy.c:12:12: warning: attribute 'attr' is used by 'pthread_create' after it was destroyed [pthread.AttrMisuse]
// CHECK-NEXT: misuse-create-after-destroy.c:11:5: note: 'attr' destroyed here
// CHECK-NEXT: 1 warning generated.
