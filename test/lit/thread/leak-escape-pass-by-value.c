// The handle is passed by value to a function outside this translation
// unit (supervisor_adopt(t)), which owns the thread from then on. Nothing
// to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

struct metrics { unsigned long samples; volatile int stop; };
void supervisor_adopt(pthread_t t, const char *name);

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
    supervisor_adopt(t, "sampler");
    return 0;
}
