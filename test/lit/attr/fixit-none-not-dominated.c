// No fix-it: the leaking return is also reached by a path that never
// initialised the attribute, so a destroy there would be a misuse.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(pthread_t *t, int big) {
    pthread_attr_t attr;
    int rc;
    if (big) {
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 1 << 24);
        rc = pthread_create(t, &attr, worker, NULL);
        if (rc == 0)
            pthread_attr_destroy(&attr);
    } else {
        rc = pthread_create(t, NULL, worker, NULL);
    }
    return rc;
}

// CHECK: fixit-none-not-dominated.c:12:9: warning: attribute 'attr' initialised here is never destroyed when 'start' returns [pthread.AttrLeak]
// CHECK-NEXT: fixit-none-not-dominated.c:15:13: note: 'rc == 0' is false
// CHECK-NEXT: fixit-none-not-dominated.c:20:5: note: 'start' returns here with 'attr' still initialised
// CHECK-NEXT: 1 warning generated.
