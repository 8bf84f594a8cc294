// The hand-fixed twin of fixit-destroy-before-return.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

static void *logger(void *arg) { return arg; }

int start_logger(pthread_t *t, size_t stack) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    if (pthread_attr_setstacksize(&attr, stack) != 0) {
        fprintf(stderr, "bad stack size %zu\n", stack);
        pthread_attr_destroy(&attr);
        return -1;
    }
    int rc = pthread_create(t, &attr, logger, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}
