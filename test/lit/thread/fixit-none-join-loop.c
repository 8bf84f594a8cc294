// No join loop fix-it where the count of threads made is not known at the
// exit, or joining them could touch a handle no create filled: a failure
// goes round again, a round skips its create, the loop starts at 1, the
// count is reset, the handles are freed first, or the exit is shared with
// a path that joined.  A loop that never looks at its status and never
// joins gets the detach fix-it only (as one thread would).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NWORKERS 8

static void *work(void *arg) { return arg; }
int prepare(int i);

/* a failed create goes round again: th[i] of that round is garbage */
int failure_goes_on(void *jobs[NWORKERS]) {
    pthread_t th[NWORKERS];
    int i;
    for (i = 0; i < NWORKERS; i++)
        if (pthread_create(&th[i], NULL, work, jobs[i]) != 0)
            fprintf(stderr, "worker %d: cannot start\n", i);
    if (prepare(0) < 0)
        return -1;
    for (i = 0; i < NWORKERS; i++)
        pthread_join(th[i], NULL);
    return 0;
}

/* some rounds create nothing */
int skips_some(void *jobs[NWORKERS]) {
    pthread_t th[NWORKERS];
    int i;
    for (i = 0; i < NWORKERS; i++) {
        if (!jobs[i])
            continue;
        if (pthread_create(&th[i], NULL, work, jobs[i]) != 0)
            return -1;
    }
    for (i = 0; i < NWORKERS; i++)
        if (jobs[i])
            pthread_join(th[i], NULL);
    return 0;
}

/* the loop starts at 1 */
int from_one(void *jobs[NWORKERS]) {
    pthread_t th[NWORKERS];
    int i;
    for (i = 1; i < NWORKERS; i++)
        if (pthread_create(&th[i], NULL, work, jobs[i]) != 0)
            return -1;
    for (i = 1; i < NWORKERS; i++)
        pthread_join(th[i], NULL);
    return 0;
}

/* the count is lost: i is reset and the bound is a variable */
int count_lost(void *jobs[NWORKERS], int n) {
    pthread_t th[NWORKERS];
    int i;
    for (i = 0; i < n; i++)
        if (pthread_create(&th[i], NULL, work, jobs[i]) != 0)
            break;
    int made = i;
    i = 0;
    if (prepare(made) < 0)
        return -1;
    while (made-- > 0)
        pthread_join(th[made], NULL);
    return 0;
}

/* the handles live in the heap and are freed before the return */
int heap_handles(void *jobs[NWORKERS], int n) {
    pthread_t *th = malloc((size_t)n * sizeof *th);
    int i;
    if (!th)
        return -1;
    for (i = 0; i < n; i++)
        if (pthread_create(&th[i], NULL, work, jobs[i]) != 0)
            break;
    if (prepare(i) < 0) {
        free(th);
        return -1;
    }
    while (i-- > 0)
        pthread_join(th[i], NULL);
    free(th);
    return 0;
}

/* one exit shared by a path that joined and one that did not */
int shared_exit(void *jobs[NWORKERS]) {
    pthread_t th[NWORKERS];
    int i, rc = 0;
    for (i = 0; i < NWORKERS; i++)
        if (pthread_create(&th[i], NULL, work, jobs[i]) != 0) {
            rc = -1;
            goto out;
        }
    for (i = 0; i < NWORKERS; i++)
        pthread_join(th[i], NULL);
out:
    return rc;
}

/* never joined and the status never looked at */
void fire_all(void *jobs[NWORKERS]) {
    pthread_t th[NWORKERS];
    for (int i = 0; i < NWORKERS; i++)
        pthread_create(&th[i], NULL, work, jobs[i]);
}
// CHECK: {{.*}}fixit-none-join-loop.c:22:13: warning: threads in 'th[i]' running 'work' are neither joined nor detached when 'failure_goes_on' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:22:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:21:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:24:9: note: 'prepare(0) < 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:25:9: note: 'failure_goes_on' returns here with 'th[i]' still joinable
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:38:13: warning: threads in 'th[i]' running 'work' are neither joined nor detached when 'skips_some' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:38:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:35:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:41:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:44:5: note: 'skips_some' returns here with 'th[i]' still joinable
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:52:13: warning: threads in 'th[i]' running 'work' are neither joined nor detached when 'from_one' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:52:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:52:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:53:13: note: 'from_one' returns here with 'th[i]' still joinable
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:64:13: warning: threads in 'th[i]' running 'work' are neither joined nor detached when 'count_lost' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:64:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:63:17: note: 'i < n' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:68:9: note: 'prepare(made) < 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:69:9: note: 'count_lost' returns here with 'th[i]' still joinable
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:82:13: warning: threads in 'th[i]' running 'work' are neither joined nor detached when 'heap_handles' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:82:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:81:17: note: 'i < n' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:84:9: note: 'prepare(i) < 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:86:9: note: 'heap_handles' returns here with 'th[i]' still joinable
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:99:13: warning: threads in 'th[i]' running 'work' are neither joined nor detached when 'shared_exit' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:99:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:99:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:106:5: note: 'shared_exit' returns here with 'th[i]' still joinable
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:113:9: warning: threads in 'th[i]' running 'work' are neither joined nor detached when 'fire_all' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:112:21: note: 'i < NWORKERS' is false
// CHECK-NEXT: {{.*}}fixit-none-join-loop.c:114:1: note: 'fire_all' returns here with 'th[i]' still joinable
// CHECK-NEXT: fix-it:"{{.*}}fixit-none-join-loop.c":{113:9-113:9}:"{ if ("
// CHECK-NEXT: fix-it:"{{.*}}fixit-none-join-loop.c":{113:52-113:52}:" == 0)\n            pthread_detach(th[i])"
// CHECK-NEXT: fix-it:"{{.*}}fixit-none-join-loop.c":{113:53-113:53}:" }"
// CHECK-NEXT: 7 warnings generated.
