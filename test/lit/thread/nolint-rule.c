// '// NOLINT(pthread.ThreadLeak)' on the create line silences the leak.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }
int finish(void);

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0) // NOLINT(pthread.ThreadLeak)
        return -1;
    if (finish() < 0)
        return -1;
    pthread_join(t, NULL);
    return 0;
}
