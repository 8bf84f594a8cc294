// release(t) detaches its parameter: the thread needs nothing more.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }

static void release(pthread_t t) {
    pthread_detach(t);
}

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    release(t);
    return 0;
}
