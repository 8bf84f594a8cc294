// A copy of a handle is the same thread: a same-file helper frees the
// worker that holds the original, and the copy is joined once; joining
// the copy releases the original too.  Copies through locals, fields and
// array elements alike.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

struct worker {
    pthread_t tid;
    int fd;
};

static void *serve(void *arg) { return arg; }

static void worker_free(struct worker *w) {
    free(w);
}


int run_worker(void) {
    struct worker *w = malloc(sizeof *w);
    pthread_t t;
    if (!w)
        return -1;
    if (pthread_create(&w->tid, NULL, serve, NULL) != 0) {
        free(w);
        return -1;
    }
    t = w->tid;
    worker_free(w);
    pthread_join(t, NULL);
    return 0;
}

int run_session(struct worker *s) {
    pthread_t t;
    if (pthread_create(&t, NULL, serve, NULL) != 0)
        return -1;
    s->tid = t;
    pthread_join(t, NULL);
    worker_free(s);
    return 0;
}

int run_batch(int n) {
    pthread_t th[16], t;
    int i;
    if (n > 16)
        n = 16;
    for (i = 0; i < n; i++) {
        if (pthread_create(&t, NULL, serve, NULL) != 0)
            break;
        th[i] = t;
    }
    while (i-- > 0)
        pthread_join(th[i], NULL);
    return i;
}

int run_copy_forgotten(void) {
    pthread_t t, copy;
    if (pthread_create(&t, NULL, serve, NULL) != 0)
        return -1;
    copy = t;
    pthread_join(copy, NULL);
    return 0;
}

