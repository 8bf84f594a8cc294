// The classic unwind after a failed create: `while (i-- > 0)` joins the
// threads already started, newest first. Every started thread is joined.
// Nothing to report.
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
    int i;

    if (n > MAX_WORKERS)
        n = MAX_WORKERS;
    for (i = 0; i < n; i++) {
        tasks[i].id = i;
        tasks[i].stop = stop;
        if (pthread_create(&th[i], NULL, serve_queue, &tasks[i]) != 0)
            break;
    }
    if (i < n) {
        fprintf(stderr, "started only %d of %d workers\n", i, n);
        *stop = 1;
    }
    while (i-- > 0)
        pthread_join(th[i], NULL);
    return *stop ? -1 : 0;
}
