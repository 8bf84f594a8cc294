// thrd_equal only compares: the handle is still ours afterwards, so the
// early return leaks it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <threads.h>

static int work(void *a) { (void)a; return 0; }
thrd_t boss;

int run(void) {
    thrd_t t;
    if (thrd_create(&t, work, NULL) != thrd_success)
        return -1;
    if (thrd_equal(t, boss))
        return 1;
    thrd_join(t, NULL);
    return 0;
}

// CHECK: thrd-equal.c:11:9: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: thrd-equal.c:11:9: note: 'thrd_create(&t, work, NULL) != thrd_success' is false
// CHECK-NEXT: thrd-equal.c:13:9: note: 'thrd_equal(t, boss)' is true
// CHECK-NEXT: thrd-equal.c:14:9: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}thrd-equal.c":{14:9-14:9}:"{ thrd_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}thrd-equal.c":{14:18-14:18}:" }"
