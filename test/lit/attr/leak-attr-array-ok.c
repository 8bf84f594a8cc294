// The silent twin of leak-attr-array.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_all(pthread_t th[4]) {
    pthread_attr_t attrs[4];
    for (int i = 0; i < 4; i++) {
        pthread_attr_init(&attrs[i]);
        pthread_create(&th[i], &attrs[i], worker, NULL);
    }
    for (int i = 0; i < 4; i++)
        pthread_attr_destroy(&attrs[i]);
    return 0;
}
