// The destroy succeeded, and a later failure jumps to the label that
// destroys the attribute again: a double destroy on that path.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <time.h>

int make_monotonic_cond(pthread_cond_t *cond) {
    pthread_condattr_t attr;
    int err = pthread_condattr_init(&attr);
    if (err)
        return -err;
    err = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    if (err)
        goto drop_attr;
    err = pthread_condattr_destroy(&attr);
    if (err)
        goto drop_attr;
    err = pthread_cond_init(cond, NULL);
    if (err)
        goto drop_attr;
    return 0;

drop_attr:
    pthread_condattr_destroy(&attr);
    return -err;
}

// The same for an attribute a caller initialised.
void reset_attr(pthread_attr_t *attr) {
    if (pthread_attr_destroy(attr) == 0)
        pthread_attr_destroy(attr);
}

// CHECK: misuse-destroy-failure-checked.c:24:5: warning: condition attribute 'attr' is destroyed after it was already destroyed [pthread.AttrMisuse]
// CHECK-NEXT: misuse-destroy-failure-checked.c:10:9: note: 'err' is false
// CHECK-NEXT: misuse-destroy-failure-checked.c:13:9: note: 'err' is false
// CHECK-NEXT: misuse-destroy-failure-checked.c:15:11: note: 'attr' destroyed here
// CHECK-NEXT: misuse-destroy-failure-checked.c:16:9: note: 'err' is false
// CHECK-NEXT: misuse-destroy-failure-checked.c:19:9: note: 'err' is true
// CHECK-NEXT: misuse-destroy-failure-checked.c:31:9: warning: attribute '*attr' is destroyed after it was already destroyed [pthread.AttrMisuse]
// CHECK-NEXT: misuse-destroy-failure-checked.c:30:9: note: '*attr' destroyed here
// CHECK-NEXT: misuse-destroy-failure-checked.c:30:9: note: 'pthread_attr_destroy(attr) == 0' is true
// CHECK-NEXT: fix-it:"{{.*}}misuse-destroy-failure-checked.c":{30:5-30:9}:""
// CHECK-NEXT: fix-it:"{{.*}}misuse-destroy-failure-checked.c":{30:35-31:36}:";"
// CHECK-NEXT: 2 warnings generated.
