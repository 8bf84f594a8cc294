// '// NOLINTNEXTLINE(pthread.JoinMisuse)' silences a double join.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    pthread_join(t, NULL);
    // NOLINTNEXTLINE(pthread.JoinMisuse)
    pthread_join(t, NULL);
    return 0;
}
