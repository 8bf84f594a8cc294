// Helpers and the start routine defined after their callers (prototypes
// first) are summarised all the same.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

static void *announce(void *arg);
static int spawn(pthread_t *t);
static void stop(pthread_t *t);

int report(const char *msg) {
    pthread_t t;
    if (pthread_create(&t, NULL, announce, (void *)msg) != 0)
        return -1;
    return 0;
}

int run(void) {
    pthread_t t;
    if (spawn(&t) != 0)
        return -1;
    stop(&t);
    return 0;
}

static void *announce(void *arg) {
    pthread_detach(pthread_self());
    puts(arg);
    return NULL;
}

static void *plain(void *arg) { return arg; }
static int spawn(pthread_t *t) { return pthread_create(t, NULL, plain, NULL); }
static void stop(pthread_t *t) { pthread_join(*t, NULL); }
