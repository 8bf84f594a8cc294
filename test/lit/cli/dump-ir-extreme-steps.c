// Steps of LLONG_MIN: `n -= LLONG_MIN` and `m = n - LLONG_MIN` have no
// delta (its negation overflows), so they lower to plain assignments;
// `+= LLONG_MIN` is a step, dumped by its magnitude (found by fuzz_core:
// the dump negated it).  Under -DTHREADLINT_SANITIZE each was a UBSan report.
// RUN: %threadlint --dump-ir %s | FileCheck %s
// RUN: not %threadlint %s 2>&1 | FileCheck %s --check-prefix=FINDINGS
#include <limits.h>
#include <pthread.h>

void *work(void *arg);

int run(long long n) {
    pthread_t t;
    long long m;
    n += LLONG_MIN;
    n -= LLONG_MIN;
    m = n - LLONG_MIN;
    m = m + LLONG_MAX;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    n -= 9223372036854775807LL;
    if (n != m)
        return 1;
    pthread_join(t, NULL);
    return 0;
}
// CHECK: func run
// CHECK: incr n -= 9223372036854775808  @15:5
// CHECK-NEXT: assign n = ?(n -= LLONG_MIN)  @16:5
// CHECK-NEXT: assign m = ?(n - LLONG_MIN)  @17:5
// CHECK-NEXT: assign m = m  @18:5
// CHECK: incr n -= 9223372036854775807  @21:5
// FINDINGS: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// FINDINGS: 1 warning generated.
