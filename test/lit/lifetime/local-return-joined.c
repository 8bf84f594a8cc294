// Twin of local-return-detached.c: the thread is joined before the local
// dies, and the path where the create failed has no thread at all.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>

void *serve(void *arg);

int run_server(int port) {
    pthread_t t;
    int p = port;
    if (pthread_create(&t, NULL, serve, &p) != 0)
        return -1;
    pthread_join(t, NULL);
    return 0;
}
