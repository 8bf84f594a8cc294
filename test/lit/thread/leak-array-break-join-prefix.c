// A create loop that `break`s on the first failure, then joins exactly the
// threads that were started: `for (j = 0; j < i; j++)`. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

#define MAX_WORKERS 32

struct task { int id; volatile int *stop; };

static void *serve_queue(void *arg) {
    struct task *t = arg;
    while (!*t->stop)
        ;
    return NULL;
}

int pool_run(int n, volatile int *stop) {
    pthread_t th[MAX_WORKERS];
    struct task tasks[MAX_WORKERS];
    int i, j;

    if (n > MAX_WORKERS)
        n = MAX_WORKERS;
    for (i = 0; i < n; i++) {
        tasks[i].id = i;
        tasks[i].stop = stop;
        if (pthread_create(&th[i], NULL, serve_queue, &tasks[i]) != 0) {
            fprintf(stderr, "worker %d: cannot start\n", i);
            *stop = 1;
            break;
        }
    }
    for (j = 0; j < i; j++)
        pthread_join(th[j], NULL);
    return i == n ? 0 : -1;
}
