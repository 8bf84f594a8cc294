// The attribute is configured and destroyed but pthread_attr_init was
// forgotten.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(pthread_t *t) {
    pthread_attr_t attr;
    pthread_attr_setstacksize(&attr, 1 << 20);
    int rc = pthread_create(t, &attr, worker, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}

// CHECK: misuse-never-initialised.c:10:5: warning: attribute 'attr' is used by 'pthread_attr_setstacksize' but it was never initialised [pthread.AttrMisuse]
// CHECK-NEXT: misuse-never-initialised.c:11:14: warning: attribute 'attr' is used by 'pthread_create' but it was never initialised [pthread.AttrMisuse]
// CHECK-NEXT: misuse-never-initialised.c:12:5: warning: attribute 'attr' is destroyed but it was never initialised [pthread.AttrMisuse]
// CHECK-NEXT: fix-it:"{{.*}}":{12:5-12:33}:""
// CHECK-NEXT: 3 warnings generated.
