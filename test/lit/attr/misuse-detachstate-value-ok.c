// The silent twin of misuse-detachstate-value.c: the two constants, and a
// value the analysis cannot know.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(pthread_t *t, int how, int state) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (how == 1)
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    else if (how == 2)
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    else
        pthread_attr_setdetachstate(&attr, state);
    int rc = pthread_create(t, &attr, worker, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}
