// Joining th[i] in a loop over the handles made by a create loop is never a
// double join.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

#define NTH 4

static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t th[NTH];
    int n;
    for (n = 0; n < NTH; n++)
        if (pthread_create(&th[n], NULL, work, NULL) != 0)
            break;
    for (int i = 0; i < n; i++)
        pthread_join(th[i], NULL);
    return n == NTH ? 0 : -1;
}
