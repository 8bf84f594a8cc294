// Fields of array elements, workers[i].tid: created in one loop, joined in
// a second loop over the same range. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdatomic.h>

#define NWORKERS 4

struct worker {
    pthread_t tid;
    int id;
    atomic_int *running;
    unsigned long served;
};

static void *worker_main(void *arg) {
    struct worker *w = arg;
    while (atomic_load(w->running))
        w->served++;
    return NULL;
}

unsigned long run_workers(atomic_int *running) {
    struct worker workers[NWORKERS];
    unsigned long served = 0;
    int i;

    for (i = 0; i < NWORKERS; i++) {
        workers[i].id = i;
        workers[i].running = running;
        workers[i].served = 0;
        pthread_create(&workers[i].tid, NULL, worker_main, &workers[i]);
    }
    atomic_store(running, 0);
    for (i = 0; i < NWORKERS; i++) {
        pthread_join(workers[i].tid, NULL);
        served += workers[i].served;
    }
    return served;
}
