// A create wrapper that calls exit() on failure ends that path in the
// callee; the caller's unconditional join is fine.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *indexer(void *arg) { return arg; }

static void xpthread_create(pthread_t *t, void *(*fn)(void *), void *arg) {
    int rc = pthread_create(t, NULL, fn, arg);
    if (rc != 0) {
        fprintf(stderr, "pthread_create: %s\n", strerror(rc));
        exit(EXIT_FAILURE);
    }
}

int build_index(const char *dir) {
    pthread_t t;
    xpthread_create(&t, indexer, (void *)dir);
    return pthread_join(t, NULL);
}
