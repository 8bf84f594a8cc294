// '// NOLINT(pthread.*)' matches every rule by glob.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL); // NOLINT(pthread.*)
}
