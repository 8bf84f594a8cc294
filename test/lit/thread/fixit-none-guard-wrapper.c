// A join after a wrapper's create failed gets no `if (rc == 0)` when the
// wrapper does not return the create's own status (fixit-guard-failed-
// create.c has one that does): here it maps it to -1 or 0, which the
// summary reads, but the guard is only offered for a status returned as
// it is.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>
static void *work(void *a) { return a; }
void compute(void);
static int start_logged(pthread_t *t) {
    int rc = pthread_create(t, NULL, work, NULL);
    if (rc != 0)
        perror("pthread_create");
    return rc != 0 ? -1 : 0;
}
static int start_count(pthread_t *t, int *n) {
    int rc = pthread_create(t, NULL, work, NULL);
    if (rc == 0)
        ++*n;
    return *n;
}
void run(void) {
    pthread_t t;
    int rc = start_logged(&t);
    if (rc != 0)
        compute();
    pthread_join(t, NULL);
}
// CHECK: {{.*}}fixit-none-guard-wrapper.c:28:5: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}fixit-none-guard-wrapper.c:25:14: note: 'start_logged' fails here: no thread was created in 't'
// CHECK-NEXT: 1 warning generated.
