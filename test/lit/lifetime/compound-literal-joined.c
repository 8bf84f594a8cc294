// Twin of compound-literal-detached.c: joined while the literal lives.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>

struct opts { int port; int verbose; };
void *serve(void *arg);

int run(int port) {
    pthread_t t;
    if (pthread_create(&t, NULL, serve, &(struct opts){port, 0}) != 0)
        return -1;
    return pthread_join(t, NULL);
}
