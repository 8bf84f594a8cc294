// Twin of local-member-detached.c: a static object outlives every thread.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>

struct conf { int port; int backlog; };
void *listener(void *arg);

void start_listener(int port) {
    static struct conf c;
    pthread_attr_t a;
    pthread_t t;
    c.port = port;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &a, listener, &c.port);
    pthread_attr_destroy(&a);
}
