// `if (cond) destroy(&attr);` keeps its `if` when removing it could be
// wrong (fixit-destroy-unguard.c removes it): the condition calls a
// function, the attribute is read after the if, the condition says whether
// the init worked, the arm is braced with more in it, or a path to the
// leaking return goes around the if.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
int check(void);
#include <stddef.h>
static void *work(void *arg) { return arg; }

/* the condition calls a function: removing it drops the call */
int called(pthread_t *t) {
    pthread_attr_t a;
    if (pthread_attr_init(&a) != 0)
        return -1;
    int rc = pthread_create(t, &a, work, NULL);
    if (check() == 0)
        pthread_attr_destroy(&a);
    return rc;
}

/* the attribute is read after the if */
size_t used_after(pthread_t *t) {
    pthread_attr_t a;
    size_t stack = 0;
    if (pthread_attr_init(&a) != 0)
        return 0;
    int rc = pthread_create(t, &a, work, NULL);
    if (rc == 0)
        pthread_attr_destroy(&a);
    pthread_attr_getstacksize(&a, &stack);
    return stack;
}

/* the if tests whether the init worked: on its false way there is nothing to destroy */
int init_status(pthread_t *t, int flag) {
    pthread_attr_t a;
    int ok = pthread_attr_init(&a) == 0;
    if (ok)
        pthread_attr_setstacksize(&a, 1 << 20);
    if (flag)
        return 1;
    if (ok)
        pthread_attr_destroy(&a);
    return pthread_create(t, NULL, work, NULL);
}

/* braced arm, two statements */
int braced(pthread_t *t) {
    pthread_attr_t a;
    if (pthread_attr_init(&a) != 0)
        return -1;
    int rc = pthread_create(t, &a, work, NULL);
    if (rc == 0) {
        pthread_attr_destroy(&a);
        rc = 1;
    }
    return rc;
}

/* a path to the leaking return skips the if */
int skipped(pthread_t *t, int quick) {
    pthread_attr_t a;
    if (pthread_attr_init(&a) != 0)
        return -1;
    int rc = pthread_create(t, &a, work, NULL);
    if (quick)
        goto out;
    if (rc == 0)
        pthread_attr_destroy(&a);
out:
    return rc;
}
// CHECK: {{.*}}fixit-none-unguard.c:15:9: warning: attribute 'a' initialised here is never destroyed when 'called' returns [pthread.AttrLeak]
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:15:9: note: 'pthread_attr_init(&a) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:18:9: note: 'check() == 0' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:20:5: note: 'called' returns here with 'a' still initialised
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:27:9: warning: attribute 'a' initialised here is never destroyed when 'used_after' returns [pthread.AttrLeak]
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:27:9: note: 'pthread_attr_init(&a) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:30:9: note: 'rc == 0' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:33:5: note: 'used_after' returns here with 'a' still initialised
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:32:5: warning: attribute 'a' is used by 'pthread_attr_getstacksize' after it was destroyed [pthread.AttrMisuse]
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:27:9: note: 'pthread_attr_init(&a) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:30:9: note: 'rc == 0' is true
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:31:9: note: 'a' destroyed here
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:39:14: warning: attribute 'a' initialised here is never destroyed when 'init_status' returns [pthread.AttrLeak]
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:40:9: note: 'ok' is true
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:42:9: note: 'flag' is true
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:43:9: note: 'init_status' returns here with 'a' still initialised
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:52:9: warning: attribute 'a' initialised here is never destroyed when 'braced' returns [pthread.AttrLeak]
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:52:9: note: 'pthread_attr_init(&a) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:55:9: note: 'rc == 0' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:59:5: note: 'braced' returns here with 'a' still initialised
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:65:9: warning: attribute 'a' initialised here is never destroyed when 'skipped' returns [pthread.AttrLeak]
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:65:9: note: 'pthread_attr_init(&a) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:68:9: note: 'quick' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:70:9: note: 'rc == 0' is false
// CHECK-NEXT: {{.*}}fixit-none-unguard.c:73:5: note: 'skipped' returns here with 'a' still initialised
// CHECK-NEXT: 6 warnings generated.
