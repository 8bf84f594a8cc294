// NOLINTBEGIN/NOLINTEND(pthread.ThreadLeak) around the create.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    // NOLINTBEGIN(pthread.ThreadLeak)
    pthread_create(&t, NULL, work, NULL);
    // NOLINTEND(pthread.ThreadLeak)
    return 0;
}
