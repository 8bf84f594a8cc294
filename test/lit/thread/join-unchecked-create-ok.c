// The same joins after creates whose result is tested, and a
// fire-and-forget create that is detached: nothing to say.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <threads.h>

static void *warm_up(void *arg) {
    pthread_exit(arg);
    return NULL;
}

static int c11_warm_up(void *arg) { return arg != NULL; }

static void preload_runtime(void) {
    pthread_t dummy;
    if (pthread_create(&dummy, NULL, warm_up, NULL) == 0)
        pthread_join(dummy, NULL);
}

int probe(void) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, warm_up, NULL);
    if (rc == 0)
        pthread_join(t, NULL);
    preload_runtime();
    return rc;
}

void c11_probe(void) {
    thrd_t t;
    if (thrd_create(&t, c11_warm_up, NULL) == thrd_success)
        thrd_join(t, NULL);
}

void fire_and_forget(void) {
    pthread_t t;
    pthread_create(&t, NULL, warm_up, NULL);
    pthread_detach(t);
}
