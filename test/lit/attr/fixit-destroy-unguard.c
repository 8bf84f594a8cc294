// --fix makes a destroy that an `if` guards unconditional when the `if`'s
// false way is how the attribute leaks: `if (rc == 0) destroy(&attr);`
// becomes `destroy(&attr);`.  Every path reaching the `if` holds the
// attribute initialised, the condition has no side effect, and nothing
// after it names the attribute.  The neighbours are in fixit-none-unguard.c.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdbool.h>

static void *work(void *arg) { return arg; }

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

bool start_small(pthread_t *t) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return false;
    bool failed = pthread_attr_setstacksize(&attr, 1 << 16) != 0 ||
                  pthread_create(t, &attr, work, NULL) != 0;
    if (!failed) /* the thread has its copy */
        pthread_attr_destroy(&attr);
    return !failed;
}
// CHECK: {{.*}}input.c:18:14: warning: barrier attribute 'ba' initialised here is never destroyed when 'make_shared_barrier' returns [pthread.AttrLeak]
// CHECK-NEXT: {{.*}}input.c:19:9: note: 'rc != 0' is false
// CHECK-NEXT: {{.*}}input.c:23:9: note: 'rc == 0' is false
// CHECK-NEXT: {{.*}}input.c:25:5: note: 'make_shared_barrier' returns here with 'ba' still initialised
// CHECK-NEXT: fix-it:"{{.*}}input.c":{23:5-24:9}:""
// CHECK-NEXT: {{.*}}input.c:30:9: warning: attribute 'attr' initialised here is never destroyed when 'start_small' returns [pthread.AttrLeak]
// CHECK-NEXT: {{.*}}input.c:30:9: note: 'pthread_attr_init(&attr) != 0' is false
// CHECK-NEXT: {{.*}}input.c:32:19: note: 'pthread_attr_setstacksize(&attr, 1 << 16) != 0' is true
// CHECK-NEXT: {{.*}}input.c:36:5: note: 'start_small' returns here with 'attr' still initialised
// CHECK-NEXT: fix-it:"{{.*}}input.c":{34:5-35:9}:""
// CHECK-NEXT: 2 warnings generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      rc = pthread_barrier_init(b, &ba, n);
// FIXED-NEXT: pthread_barrierattr_destroy(&ba);
// FIXED-NEXT: return rc;
// FIXED:      pthread_create(t, &attr, work, NULL) != 0;
// FIXED-NEXT: pthread_attr_destroy(&attr);
// FIXED-NEXT: return !failed;
