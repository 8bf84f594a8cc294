// my_join(pthread_t t) takes the handle by value and joins it.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

static void *tick(void *arg) { return arg; }

static int my_join(pthread_t t) {
    int rc = pthread_join(t, NULL);
    if (rc != 0)
        fprintf(stderr, "pthread_join: %d\n", rc);
    return rc;
}

int timer(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, tick, NULL) != 0)
        return -1;
    return my_join(t);
}
