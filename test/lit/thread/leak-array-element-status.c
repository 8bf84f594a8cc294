// The same loops, but the later loop gets the test wrong: it only cancels,
// or joins the elements whose create failed, so the started threads are
// never joined.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

#define NWORKERS 8

struct worker {
    pthread_t tid;
    int ret;
};

static void *spin(void *arg) { return arg; }
void run_inline(int i);

void reap_workers(void) {
    struct worker w[NWORKERS];
    int i;
    for (i = 0; i < NWORKERS; i++)
        w[i].ret = pthread_create(&w[i].tid, NULL, spin, NULL);
    for (i = 0; i < NWORKERS; i++) {
        if (w[i].ret == 0)
            pthread_cancel(w[i].tid);
    }
}

int status_array(int n) {
    pthread_t tid[NWORKERS];
    int rc[NWORKERS];
    int i;
    if (n > NWORKERS)
        return -1;
    for (i = 0; i < n; i++)
        rc[i] = pthread_create(&tid[i], NULL, spin, NULL);
    for (i = 0; i < n; i++)
        if (rc[i])
            pthread_join(tid[i], NULL);
    return 0;
}

void flag_array(int n) {
    pthread_t th[NWORKERS];
    int ok[NWORKERS];
    if (n > NWORKERS)
        n = NWORKERS;
    for (int i = 0; i < n; i++) {
        ok[i] = pthread_create(&th[i], NULL, spin, NULL) == 0;
        if (!ok[i])
            run_inline(i);
    }
    for (int i = 0; i < n; i++)
        if (!ok[i])
            pthread_join(th[i], NULL);
}

int stress_run(int n) {
    struct worker w[NWORKERS];
    int i, rc = 0;
    if (n > NWORKERS)
        n = NWORKERS;
    for (i = 0; i < NWORKERS; i++)
        w[i].ret = -1;
    for (i = 0; i < n; i++) {
        w[i].ret = pthread_create(&w[i].tid, NULL, spin, NULL);
        if (w[i].ret) {
            fprintf(stderr, "worker %d: cannot start\n", i);
            rc = -1;
            goto reap;
        }
    }
reap:
    for (i = 0; i < NWORKERS; i++) {
        if (w[i].ret != 0) {
            pthread_cancel(w[i].tid);
            pthread_join(w[i].tid, NULL);
        }
    }
    return rc;
}

// CHECK: leak-array-element-status.c:22:20: warning: threads in 'w[i].tid' running 'spin' are neither joined nor detached when 'reap_workers' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-array-element-status.c:21:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: leak-array-element-status.c:24:13: note: 'w[i].ret == 0' is true
// CHECK-NEXT: leak-array-element-status.c:25:13: note: cancelled here; a cancelled thread must still be joined or detached
// CHECK-NEXT: leak-array-element-status.c:23:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: leak-array-element-status.c:27:1: note: 'reap_workers' returns here with 'w[i].tid' still joinable
// CHECK-NEXT: leak-array-element-status.c:36:17: warning: threads in 'tid[i]' running 'spin' are neither joined nor detached when 'status_array' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-array-element-status.c:35:17: note: 'i < n' is false
// CHECK-NEXT: leak-array-element-status.c:38:13: note: 'rc[i]' is false
// CHECK-NEXT: leak-array-element-status.c:40:5: note: 'status_array' returns here with 'tid[i]' still joinable
// CHECK-NEXT: leak-array-element-status.c:49:17: warning: threads in 'th[i]' running 'spin' are neither joined nor detached when 'flag_array' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-array-element-status.c:50:14: note: 'ok[i]' is true
// CHECK-NEXT: leak-array-element-status.c:48:21: note: 'i < n' is false
// CHECK-NEXT: leak-array-element-status.c:53:21: note: 'i < n' is false
// CHECK-NEXT: leak-array-element-status.c:56:1: note: 'flag_array' returns here with 'th[i]' still joinable
// CHECK-NEXT: leak-array-element-status.c:66:20: warning: threads in 'w[i].tid' running 'spin' are neither joined nor detached when 'stress_run' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-array-element-status.c:67:13: note: 'w[i].ret' is false
// CHECK-NEXT: leak-array-element-status.c:65:17: note: 'i < n' is false
// CHECK-NEXT: leak-array-element-status.c:74:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: leak-array-element-status.c:80:5: note: 'stress_run' returns here with 'w[i].tid' still joinable
// CHECK-NEXT: 4 warnings generated.
