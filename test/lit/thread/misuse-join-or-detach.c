// Joined on one path and detached on the other: each path releases the
// thread exactly once.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(int background) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (background)
        pthread_detach(t);
    else
        pthread_join(t, NULL);
    return 0;
}
