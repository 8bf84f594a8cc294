// The silent twin of leak-reinit-loop.c: one initialisation before the loop.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_pool(pthread_t *th, int n) {
    pthread_attr_t attr;
    int i;
    if (n <= 0)
        return 0;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1 << 20);
    for (i = 0; i < n; i++)
        if (pthread_create(&th[i], &attr, worker, NULL) != 0)
            break;
    pthread_attr_destroy(&attr);
    return i;
}
