// One attribute initialised on every iteration of a loop and destroyed only
// after it: each iteration but the last loses an initialised attribute.
// (Only the first lost one is reported.)
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_pool(pthread_t *th, int n) {
    pthread_attr_t attr;
    int i;
    if (n <= 0)
        return 0;
    for (i = 0; i < n; i++) {
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 1 << 20);
        if (pthread_create(&th[i], &attr, worker, NULL) != 0)
            break;
    }
    pthread_attr_destroy(&attr);
    return i;
}

// CHECK: leak-reinit-loop.c:15:9: warning: attribute 'attr' initialised here is never destroyed before it is initialised again [pthread.AttrLeak]
// CHECK-NEXT: leak-reinit-loop.c:17:13: note: 'pthread_create(&th[i], &attr, worker, NULL) != 0' is false
// CHECK-NEXT: leak-reinit-loop.c:14:17: note: 'i < n' is true
// CHECK-NEXT: leak-reinit-loop.c:15:9: note: 'attr' is initialised again here while still initialised
// CHECK-NEXT: 1 warning generated.
