// The return statement's value is computed from a create that uses the
// attribute: a destroy before the return would come first, and the value is
// not the call's own status to keep in an 'int', so no fix-it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_worker(pthread_t *out) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    pthread_attr_setstacksize(&attr, 1 << 20);
    return pthread_create(out, &attr, worker, NULL) == 0 ? 0 : -1;
}

// CHECK: fixit-none-return-uses-attr.c:11:9: warning: attribute 'attr' initialised here is never destroyed when 'start_worker' returns [pthread.AttrLeak]
// CHECK-NEXT: fixit-none-return-uses-attr.c:11:9: note: 'pthread_attr_init(&attr) != 0' is false
// CHECK-NEXT: fixit-none-return-uses-attr.c:14:12: note: 'pthread_create(out, &attr, worker, NULL) == 0' is false
// CHECK-NEXT: fixit-none-return-uses-attr.c:14:5: note: 'start_worker' returns here with 'attr' still initialised
