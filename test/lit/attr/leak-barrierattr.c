// A process-shared barrier: the attribute is only destroyed on success.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

int make_shared_barrier(pthread_barrier_t *b, unsigned n) {
    pthread_barrierattr_t ba;
    int rc = pthread_barrierattr_init(&ba);
    if (rc != 0)
        return rc;
    pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
    rc = pthread_barrier_init(b, &ba, n);
    if (rc == 0)
        pthread_barrierattr_destroy(&ba);
    return rc;
}

// CHECK: leak-barrierattr.c:7:14: warning: barrier attribute 'ba' initialised here is never destroyed when 'make_shared_barrier' returns [pthread.AttrLeak]
// CHECK-NEXT: leak-barrierattr.c:8:9: note: 'rc != 0' is false
// CHECK-NEXT: leak-barrierattr.c:12:9: note: 'rc == 0' is false
// CHECK-NEXT: leak-barrierattr.c:14:5: note: 'make_shared_barrier' returns here with 'ba' still initialised
// CHECK-NEXT: fix-it:"{{.*}}leak-barrierattr.c":{12:5-13:9}:""
// CHECK-NEXT: 1 warning generated.
