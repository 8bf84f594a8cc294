// A create loop that keeps each element's status (`w[i].ret`, `rc[i]`,
// `ok[i] = ... == 0`), and a later loop over the same range that joins
// exactly the elements whose create succeeded: every started thread is
// joined.  stress-ng's reap after a failed create does the same.  Nothing
// to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
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
        if (w[i].ret == 0) {
            pthread_cancel(w[i].tid);
            pthread_join(w[i].tid, NULL);
        }
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
        if (!rc[i])
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
        if (ok[i])
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
        if (w[i].ret == 0) {
            pthread_cancel(w[i].tid);
            pthread_join(w[i].tid, NULL);
        }
    }
    return rc;
}
