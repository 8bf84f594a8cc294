// thread_spawn(&t, fn, arg) aborts when pthread_create fails, so the caller
// does not check anything and may join unconditionally.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *logger(void *arg) { return arg; }
int flush_all(void);

static void thread_spawn(pthread_t *t, void *(*fn)(void *), void *arg) {
    if (pthread_create(t, NULL, fn, arg) != 0) {
        perror("pthread_create");
        abort();
    }
}

int run(void) {
    pthread_t t;
    thread_spawn(&t, logger, NULL);
    int rc = flush_all();
    pthread_join(t, NULL);
    return rc;
}
