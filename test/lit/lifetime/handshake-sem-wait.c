// Twin of handshake-none.c: the creator waits until the routine has copied
// what it needs (a semaphore, or a barrier), then the local may die.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>
#include <semaphore.h>

struct start { int id; sem_t copied; pthread_barrier_t b; };
void *worker(void *arg);

int spawn(int id, pthread_t *out) {
    struct start s;
    s.id = id;
    sem_init(&s.copied, 0, 0);
    if (pthread_create(out, NULL, worker, &s) != 0)
        return -1;
    sem_wait(&s.copied);
    sem_destroy(&s.copied);
    pthread_detach(*out);
    return 0;
}

int spawn_barrier(int id, pthread_t *out) {
    struct start s;
    s.id = id;
    pthread_barrier_init(&s.b, NULL, 2);
    if (pthread_create(out, NULL, worker, &s) != 0)
        return -1;
    pthread_barrier_wait(&s.b);
    pthread_detach(*out);
    return 0;
}
