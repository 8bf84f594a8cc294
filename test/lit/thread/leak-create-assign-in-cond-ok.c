// `if ((rc = pthread_create(...)) != 0) return rc;`: the failure branch
// has no thread; the rest joins. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

struct pool { int size; volatile int shutdown; };
int pool_prefill(struct pool *p);

static void *reaper(void *arg) {
    struct pool *p = arg;
    while (!p->shutdown)
        p->size--;
    return NULL;
}

int pool_start(struct pool *p) {
    pthread_t r;
    int rc;

    if ((rc = pthread_create(&r, NULL, reaper, p)) != 0)
        return rc;
    rc = pool_prefill(p);
    p->shutdown = 1;
    pthread_join(r, NULL);
    return rc;
}
