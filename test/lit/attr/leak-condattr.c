// A condition variable on CLOCK_MONOTONIC whose attribute is never
// destroyed.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <time.h>

int make_monotonic_cond(pthread_cond_t *cv) {
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    return pthread_cond_init(cv, &ca);
}

// CHECK: leak-condattr.c:9:5: warning: condition attribute 'ca' initialised here is never destroyed when 'make_monotonic_cond' returns [pthread.AttrLeak]
// CHECK-NEXT: leak-condattr.c:11:5: note: 'make_monotonic_cond' returns here with 'ca' still initialised
// CHECK-NEXT: fix-it:"{{.*}}":{11:5-11:12}:"int rc = "
// CHECK-NEXT: fix-it:"{{.*}}":{11:38-11:39}:";\n    pthread_condattr_destroy(&ca);\n    return rc;"
// CHECK-NEXT: 1 warning generated.
