// A thread created with an attribute set to PTHREAD_CREATE_DETACHED needs
// no join.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *janitor(void *arg) { return arg; }

int start_janitor(void) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int rc = pthread_create(&t, &attr, janitor, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}
