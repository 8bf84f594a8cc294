// A thread created with PTHREAD_CREATE_JOINABLE and then joined.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *janitor(void *arg) { return arg; }

int run_janitor(void) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    int rc = pthread_create(&t, &attr, janitor, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0)
        return rc;
    return pthread_join(t, NULL);
}
