// Twin of local-array-global-handle.c: joined on every path that started
// the thread before the array goes away.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>

void *sum(void *arg);
pthread_t g_summer;

int run_sum(const double *v, int wait) {
    double buf[64];
    for (int i = 0; i < 64; i++)
        buf[i] = v[i];
    if (pthread_create(&g_summer, NULL, sum, buf) != 0)
        return -1;
    if (wait) {
        pthread_join(g_summer, NULL);
        return 1;
    }
    pthread_join(g_summer, NULL);
    return 0;
}
