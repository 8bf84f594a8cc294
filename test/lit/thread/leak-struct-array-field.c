// Fields of array elements, workers[i].tid: each worker is started but the
// shutdown path only clears the flag and never joins any of them.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source -DFIXED %s | count 0
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
#ifdef FIXED
    for (i = 0; i < NWORKERS; i++)
        pthread_join(workers[i].tid, NULL);
#endif
    for (i = 0; i < NWORKERS; i++)
        served += workers[i].served;
    return served;
}
// CHECK: leak-struct-array-field.c:33:9: warning: threads in 'workers[i].tid' running 'worker_main' are neither joined nor detached when 'run_workers' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-struct-array-field.c:29:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: leak-struct-array-field.c:40:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: leak-struct-array-field.c:42:5: note: 'run_workers' returns here with 'workers[i].tid' still joinable
// CHECK-NEXT: 1 warning generated.

// No pthread_detach fix-it: each thread is given an element of a local array,
// which a detached thread would outlive (pthread.ArgLifetime).
