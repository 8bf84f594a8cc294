// A join or detach whose failure is tested: where it failed the thread was
// not released, so releasing it again there is no double release.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

static void *serve(void *arg) { return arg; }

int run_once(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, serve, NULL) != 0)
        return -1;
    int rc = pthread_join(t, NULL);
    if (rc != 0) {
        fprintf(stderr, "join: %d\n", rc);
        pthread_detach(t);
        return -1;
    }
    return 0;
}

struct worker {
    pthread_t tid;
    int fd;
};

void worker_stop(struct worker *w) {
    if (pthread_detach(w->tid) != 0)
        pthread_join(w->tid, NULL);
}
