// No removal of a wrong join from the arm of an `if` when the call writes
// what is read afterwards, when an else follows the arm, or when the
// condition tests more than the one call (`ready() && ...`).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

int ready(void);

struct worker {
    pthread_t tid;
    void *result;
};

/* the join's result is read afterwards */
void *stop_keep_result(struct worker *w) {
    if (pthread_detach(w->tid) == 0)
        pthread_join(w->tid, &w->result);
    return w->result;
}

/* an else follows the arm */
void stop_or_log(struct worker *w) {
    if (pthread_detach(w->tid) == 0)
        pthread_join(w->tid, NULL);
    else
        perror("pthread_detach");
}

/* the condition makes more than one call */
void stop_when_ready(struct worker *w) {
    if (ready() && pthread_detach(w->tid) == 0)
        pthread_join(w->tid, NULL);
}
// CHECK: {{.*}}fixit-none-remove-arm.c:18:9: warning: thread 'w->tid' is joined after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}fixit-none-remove-arm.c:17:9: note: 'w->tid' detached here
// CHECK-NEXT: {{.*}}fixit-none-remove-arm.c:17:9: note: 'pthread_detach(w->tid) == 0' is true
// CHECK-NEXT: {{.*}}fixit-none-remove-arm.c:25:9: warning: thread 'w->tid' is joined after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}fixit-none-remove-arm.c:24:9: note: 'w->tid' detached here
// CHECK-NEXT: {{.*}}fixit-none-remove-arm.c:24:9: note: 'pthread_detach(w->tid) == 0' is true
// CHECK-NEXT: {{.*}}fixit-none-remove-arm.c:33:9: warning: thread 'w->tid' is joined after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}fixit-none-remove-arm.c:32:20: note: 'w->tid' detached here
// CHECK-NEXT: {{.*}}fixit-none-remove-arm.c:32:20: note: 'pthread_detach(w->tid) == 0' is true
// CHECK-NEXT: 3 warnings generated.
