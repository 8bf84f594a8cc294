// Returns that leave a cleanup region with no fix-it: moving them after the
// pop would change what they return or which code runs, or the pop cannot
// be reached from them alone (fixit-return-after-pop.c has the ones moved).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

static void unlock(void *m) { pthread_mutex_unlock(m); }
static void drop(void *p) { free(p); }
void record(int *out);
int fetch(void);

/* a return under an if: the pop still runs on the other way */
int early(pthread_mutex_t *m, int x) {
    pthread_cleanup_push(unlock, m);
    if (x) {
        return -1;
    }
    pthread_cleanup_pop(1);
    return 0;
}

/* the handler may change what is returned: its address is taken */
int aliased(pthread_mutex_t *m) {
    int rc = 0;
    record(&rc);
    pthread_cleanup_push(unlock, m);
    return rc;
    pthread_cleanup_pop(1);
}

/* the value is a call: the handler would run before it */
int computed(pthread_mutex_t *m) {
    pthread_cleanup_push(unlock, m);
    return fetch();
    pthread_cleanup_pop(1);
}

/* the value is read through memory the handler frees */
int freed(int *buf) {
    pthread_cleanup_push(drop, buf);
    return *buf;
    pthread_cleanup_pop(1);
}

/* a label before the pop: a goto lands between the two */
int labelled(pthread_mutex_t *m, int x) {
    pthread_cleanup_push(unlock, m);
    if (x)
        goto out;
    return 1;
out:
    pthread_cleanup_pop(1);
    return 0;
}

/* something between the return and the pop */
int between(pthread_mutex_t *m, int *v) {
    pthread_cleanup_push(unlock, m);
    return 2;
    (*v)++;
    pthread_cleanup_pop(1);
}

/* two regions open: the outer one would still be left */
int nested(pthread_mutex_t *m, void *p) {
    pthread_cleanup_push(unlock, m);
    pthread_cleanup_push(drop, p);
    return 3;
    pthread_cleanup_pop(1);
    pthread_cleanup_pop(1);
}

/* a local declared inside the region ends with the pop's brace */
int inner(pthread_mutex_t *m) {
    pthread_cleanup_push(unlock, m);
    int n = fetch();
    return n;
    pthread_cleanup_pop(1);
}
// CHECK: {{.*}}fixit-none-return.c:17:9: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}fixit-none-return.c:15:5: note: cleanup handler pushed here
// CHECK-NEXT: {{.*}}fixit-none-return.c:16:9: note: 'x' is true
// CHECK-NEXT: {{.*}}fixit-none-return.c:28:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}fixit-none-return.c:27:5: note: cleanup handler pushed here
// CHECK-NEXT: {{.*}}fixit-none-return.c:35:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}fixit-none-return.c:34:5: note: cleanup handler pushed here
// CHECK-NEXT: {{.*}}fixit-none-return.c:42:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}fixit-none-return.c:41:5: note: cleanup handler pushed here
// CHECK-NEXT: {{.*}}fixit-none-return.c:51:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}fixit-none-return.c:48:5: note: cleanup handler pushed here
// CHECK-NEXT: {{.*}}fixit-none-return.c:49:9: note: 'x' is false
// CHECK-NEXT: {{.*}}fixit-none-return.c:60:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}fixit-none-return.c:59:5: note: cleanup handler pushed here
// CHECK-NEXT: {{.*}}fixit-none-return.c:69:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}fixit-none-return.c:67:5: note: cleanup handler pushed here
// CHECK-NEXT: {{.*}}fixit-none-return.c:68:5: note: cleanup handler pushed here
// CHECK-NEXT: {{.*}}fixit-none-return.c:78:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}fixit-none-return.c:76:5: note: cleanup handler pushed here
// CHECK-NEXT: 8 warnings generated.
