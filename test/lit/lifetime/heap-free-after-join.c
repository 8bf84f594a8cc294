// Twin of heap-free-before-join.c: freed after the join, or on the path
// where the create failed.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>
#include <stdlib.h>

struct job { int n; double *out; };
void *run_job(void *arg);

int do_job(int n, double *out) {
    pthread_t t;
    struct job *j = malloc(sizeof *j);
    if (!j)
        return -1;
    j->n = n;
    j->out = out;
    if (pthread_create(&t, NULL, run_job, j) != 0) {
        free(j);
        return -1;
    }
    int rc = pthread_join(t, NULL);
    free(j);
    return rc;
}
