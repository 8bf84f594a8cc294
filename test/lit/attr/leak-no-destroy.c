// An attribute initialised to set a stack size and never destroyed: the
// function returns with it initialised on every path.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_worker(pthread_t *out) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    pthread_attr_setstacksize(&attr, 1 << 20);
    return pthread_create(out, &attr, worker, NULL);
}

// CHECK: leak-no-destroy.c:10:9: warning: attribute 'attr' initialised here is never destroyed when 'start_worker' returns [pthread.AttrLeak]
// CHECK-NEXT: leak-no-destroy.c:10:9: note: 'pthread_attr_init(&attr) != 0' is false
// CHECK-NEXT: leak-no-destroy.c:13:5: note: 'start_worker' returns here with 'attr' still initialised
// CHECK-NEXT: fix-it:"{{.*}}":{13:5-13:12}:"int rc = "
// CHECK-NEXT: fix-it:"{{.*}}":{13:52-13:53}:";\n    pthread_attr_destroy(&attr);\n    return rc;"
// CHECK-NEXT: 1 warning generated.
