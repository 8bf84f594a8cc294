// Heap memory given to a thread is freed before the thread is joined.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
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
    free(j);
    return pthread_join(t, NULL);
}

// CHECK: heap-free-before-join.c:20:5: warning: 'j' is freed while thread 't' running 'run_job' still uses it; it was not joined and may still run [pthread.ArgLifetime]
// CHECK-NEXT: heap-free-before-join.c:16:9: note: 'j' is given to thread 't' running 'run_job' here
// CHECK-NEXT: heap-free-before-join.c:16:9: note: 'pthread_create(&t, NULL, run_job, j) != 0' is false
// CHECK-NEXT: 1 warning generated.
