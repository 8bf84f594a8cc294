// The hand-fixed twin of fixit-braceless-return.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *producer(void *arg) { return arg; }
int open_queue(const char *name);

int pump(const char *name) {
    pthread_t prod;
    if (pthread_create(&prod, NULL, producer, NULL) != 0)
        return -1;
    int q = open_queue(name);
    if (q < 0) { pthread_join(prod, NULL); return -1; }
    pthread_join(prod, NULL);
    return q;
}
