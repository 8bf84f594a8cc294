// 'if (!started) return -1;' ends the failure path; the rest joins.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);

int run(void) {
    pthread_t t;
    int started = 0;
    if (pthread_create(&t, NULL, flusher, NULL) == 0)
        started = 1;
    if (!started)
        return -1;
    int rc = do_work();
    pthread_join(t, NULL);
    return rc;
}
