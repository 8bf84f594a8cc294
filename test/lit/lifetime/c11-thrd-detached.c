// C11 threads: the same rule for thrd_create.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <threads.h>

int worker(void *arg);

int start(void) {
    thrd_t t;
    int n = 3;
    if (thrd_create(&t, worker, &n) != thrd_success)
        return -1;
    thrd_detach(t);
    return 0;
}

// CHECK: c11-thrd-detached.c:13:5: warning: 'n' dies when 'start' returns while thread 't' running 'worker' still uses it; it was detached and may still run [pthread.ArgLifetime]
// CHECK-NEXT: c11-thrd-detached.c:10:9: note: '&n' is given to thread 't' running 'worker' here
// CHECK-NEXT: c11-thrd-detached.c:10:9: note: 'thrd_create(&t, worker, &n) != thrd_success' is false
// CHECK-NEXT: 1 warning generated.
