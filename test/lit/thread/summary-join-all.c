// join_all(th, n) in the same file joins every handle a create loop made.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

#define NWORKERS 8

static void *crunch(void *arg) { return arg; }

static void join_all(pthread_t *th, int n) {
    for (int i = 0; i < n; i++)
        pthread_join(th[i], NULL);
}

void compute(long *chunks) {
    pthread_t th[NWORKERS];
    for (int i = 0; i < NWORKERS; i++)
        pthread_create(&th[i], NULL, crunch, &chunks[i]);
    join_all(th, NWORKERS);
}
