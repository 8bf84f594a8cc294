// '// NOLINT(pthread.JoinMisuse)' on a second detach silences it.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    pthread_detach(t);
    pthread_detach(t); // NOLINT(pthread.JoinMisuse)
    return 0;
}
