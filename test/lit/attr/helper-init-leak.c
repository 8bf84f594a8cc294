// A helper in the same file initialises the attribute through a pointer;
// the caller never destroys it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

static int big_stack(pthread_attr_t *a) {
    int rc = pthread_attr_init(a);
    if (rc == 0)
        pthread_attr_setstacksize(a, 1 << 24);
    return rc;
}

int start(pthread_t *t) {
    pthread_attr_t attr;
    if (big_stack(&attr) != 0)
        return -1;
    return pthread_create(t, &attr, worker, NULL);
}

// CHECK: helper-init-leak.c:17:9: warning: attribute 'attr' initialised here is never destroyed when 'start' returns [pthread.AttrLeak]
// CHECK-NEXT: helper-init-leak.c:19:5: note: 'start' returns here with 'attr' still initialised
// CHECK-NEXT: fix-it:"{{.*}}":{19:5-19:12}:"int rc = "
// CHECK-NEXT: fix-it:"{{.*}}":{19:50-19:51}:";\n    pthread_attr_destroy(&attr);\n    return rc;"
// CHECK-NEXT: 1 warning generated.
