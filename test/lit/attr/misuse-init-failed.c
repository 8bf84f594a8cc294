// When pthread_condattr_init fails the attribute is still used and
// destroyed: one finding for the one cause, at the first use.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <time.h>

int make_cond(pthread_cond_t *cv) {
    pthread_condattr_t ca;
    int rc = pthread_condattr_init(&ca);
    if (rc == 0)
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    rc = pthread_cond_init(cv, &ca);
    pthread_condattr_destroy(&ca);
    return rc;
}

// CHECK: misuse-init-failed.c:12:10: warning: condition attribute 'ca' is used by 'pthread_cond_init' but its pthread_condattr_init failed [pthread.AttrMisuse]
// CHECK-NEXT: misuse-init-failed.c:10:9: note: 'rc == 0' is false
// CHECK-NEXT: 1 warning generated.
