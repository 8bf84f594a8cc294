// The handle is handed to a function we do not see, which may join it:
// silent.  A global argument outlives every thread: silent.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>

void *worker(void *arg);
void adopt(pthread_t *t);
int g_conf;

void start_adopted(void) {
    pthread_t t;
    int local = 1;
    if (pthread_create(&t, NULL, worker, &local) == 0)
        adopt(&t);
}

void start_global(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, worker, &g_conf) == 0)
        pthread_detach(t);
}
