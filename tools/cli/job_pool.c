#include "job_pool.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "strv.h"

/* libclang and the lowering recurse with the input's nesting: give workers
 * a generous stack rather than whatever the platform default is. */
enum { WORKER_STACK = 64 * 1024 * 1024 };

typedef struct pool {
    const tl_pool_hooks *hooks;
    int n, next;
    bool *done;
    int finished; /* how many are done */
    long events;  /* starts and finishes so far, for the progress hook */
    pthread_mutex_t lock;
    pthread_cond_t changed;
} pool;

static void *worker(void *arg) {
    pool *p = arg;
    const tl_pool_hooks *h = p->hooks;
    void *state = h->worker_init ? h->worker_init(h->ctx) : NULL;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        int i = p->next < p->n ? p->next++ : -1;
        if (i >= 0 && h->progress) {
            p->events++;
            pthread_cond_broadcast(&p->changed);
        }
        pthread_mutex_unlock(&p->lock);
        if (i < 0)
            break;
        h->work(h->ctx, state, i);
        pthread_mutex_lock(&p->lock);
        p->done[i] = true;
        p->finished++;
        p->events++;
        pthread_cond_broadcast(&p->changed);
        pthread_mutex_unlock(&p->lock);
    }
    if (h->worker_fini)
        h->worker_fini(h->ctx, state);
    return NULL;
}

void tl_pool_run(int n, int threads, const tl_pool_hooks *hooks) {
    if (n <= 0)
        return;
    if (threads < 1)
        threads = 1;
    if (threads > n)
        threads = n;
    pool p = {.hooks = hooks, .n = n, .next = 0};
    p.done = tl_xmalloc(sizeof *p.done * (size_t)n);
    memset(p.done, 0, sizeof *p.done * (size_t)n);
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.changed, NULL);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, WORKER_STACK);
    pthread_t *tids = tl_xmalloc(sizeof *tids * (size_t)threads);
    int started = 0;
    for (int t = 0; t < threads; t++) {
        if (pthread_create(&tids[t], &attr, worker, &p) != 0)
            break;
        started++;
    }
    pthread_attr_destroy(&attr);
    if (started == 0) /* no threads to be had: do the work here */
        worker(&p);

    long shown = 0; /* p.events when progress was last told */
    for (int i = 0; i < n; i++) {
        pthread_mutex_lock(&p.lock);
        for (;;) {
            if (hooks->progress && p.events != shown) {
                int finished = p.finished, started_last = p.next - 1;
                shown = p.events;
                pthread_mutex_unlock(&p.lock);
                hooks->progress(hooks->ctx, finished, started_last);
                pthread_mutex_lock(&p.lock);
                continue;
            }
            if (p.done[i])
                break;
            pthread_cond_wait(&p.changed, &p.lock);
        }
        pthread_mutex_unlock(&p.lock);
        hooks->deliver(hooks->ctx, i);
        shown = -1; /* deliver may have erased the line: draw it again */
    }
    for (int t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
    free(tids);
    free(p.done);
    pthread_cond_destroy(&p.changed);
    pthread_mutex_destroy(&p.lock);
}
