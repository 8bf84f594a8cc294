// The handle's address is passed to a function outside this translation
// unit (register_thread(&t)), which takes over the thread. Nothing to
// report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

struct metrics { unsigned long samples; volatile int stop; };
int register_thread(pthread_t *t, const char *name);

static void *sampler(void *arg) {
    struct metrics *m = arg;
    while (!m->stop)
        m->samples++;
    return NULL;
}

int metrics_start(struct metrics *m) {
    pthread_t t;
    if (pthread_create(&t, NULL, sampler, m) != 0)
        return -1;
    return register_thread(&t, "sampler");
}
