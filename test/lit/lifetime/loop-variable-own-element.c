// Twin of loop-variable.c: each thread gets its own element, which lives
// until the join loop is done; joining inside the loop is fine too.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>

#define N 4
void *worker(void *arg);

void run_all(void) {
    pthread_t t[N];
    int id[N];
    for (int i = 0; i < N; i++) {
        id[i] = i;
        pthread_create(&t[i], NULL, worker, &id[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
}

void run_each(void) {
    pthread_t t;
    for (int i = 0; i < N; i++) {
        if (pthread_create(&t, NULL, worker, &i) == 0)
            pthread_join(t, NULL);
    }
}
