// pthread.DestroyWhileRunning with threads started by spawn helpers, which
// keep no handle to join: a helper given the routine and its argument
// (spawn_direct), one that passes them through a trampoline (spawn_func,
// tor's shape), and the same fact carried up through helpers that return
// the worker they started (worker_new) and that start several (start_all).
// The worker reaches the pool through a second pointer its creator set
// (w->pool = pool).  Silent twins: the path where the spawn failed, a lock
// the worker does not use, a destroy before the start, a helper that joins
// what it started.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

struct pool {
    pthread_mutex_t lock, stats;
    int n, jobs;
};
struct worker {
    struct pool *pool;
    int index;
};
struct box {
    void (*func)(void *);
    void *data;
};

static pthread_attr_t detached_attr;

void threads_init(void) {
    pthread_attr_init(&detached_attr);
    pthread_attr_setdetachstate(&detached_attr, PTHREAD_CREATE_DETACHED);
}

static void *trampoline(void *arg) {
    struct box *b = arg;
    void (*func)(void *) = b->func;
    void *data = b->data;
    free(b);
    func(data);
    return NULL;
}

int spawn_func(void (*func)(void *), void *data) {
    pthread_t t;
    struct box *b = malloc(sizeof *b);
    if (!b)
        return -1;
    b->func = func;
    b->data = data;
    if (pthread_create(&t, &detached_attr, trampoline, b) != 0) {
        free(b);
        return -1;
    }
    return 0;
}

int spawn_direct(void *(*fn)(void *), void *arg) {
    pthread_t t;
    if (pthread_create(&t, NULL, fn, arg) != 0)
        return -1;
    pthread_detach(t);
    return 0;
}

int run_and_wait(void *(*fn)(void *), void *arg) {
    pthread_t t;
    if (pthread_create(&t, NULL, fn, arg) != 0)
        return -1;
    return pthread_join(t, NULL);
}

static void work(void *arg) {
    struct worker *w = arg;
    struct pool *pool = w->pool;
    pthread_mutex_lock(&pool->lock);
    pool->jobs--;
    pthread_mutex_unlock(&pool->lock);
}

static void *drain(void *arg) {
    struct pool *p = arg;
    pthread_mutex_lock(&p->lock);
    p->jobs = 0;
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

static struct worker *worker_new(struct pool *pool) {
    struct worker *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->pool = pool;
    if (spawn_func(work, w) < 0) {
        free(w);
        return NULL;
    }
    return w;
}

static int start_all(struct pool *pool, int n) {
    while (pool->n < n) {
        struct worker *w = worker_new(pool);
        if (!w)
            return -1;
        w->index = pool->n++;
    }
    return 0;
}

struct pool *pool_new(int n) {
    struct pool *pool = calloc(1, sizeof *pool);
    if (!pool)
        return NULL;
    pthread_mutex_destroy(&pool->stats);
    if (start_all(pool, n) < 0) {
        pthread_mutex_destroy(&pool->stats);
        pthread_mutex_destroy(&pool->lock);
        return NULL;
    }
    return pool;
}

int drain_in_background(struct pool *p) {
    if (spawn_direct(drain, p) != 0) {
        pthread_mutex_destroy(&p->lock);
        return -1;
    }
    pthread_mutex_destroy(&p->lock);
    return 0;
}

int drain_and_wait(struct pool *p) {
    if (run_and_wait(drain, p) != 0)
        return -1;
    pthread_mutex_destroy(&p->lock);
    return 0;
}
// CHECK: {{.*}}destroy-spawn-helper.c:117:9: warning: 'pool->lock' is destroyed by pthread_mutex_destroy while a thread running 'work', which uses it, may still run; nothing joins that thread [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}destroy-spawn-helper.c:115:9: note: a thread running 'work' may be started here by start_all
// CHECK-NEXT: {{.*}}destroy-spawn-helper.c:128:5: warning: 'p->lock' is destroyed by pthread_mutex_destroy while a thread running 'drain', which uses it, may still run; nothing joins that thread [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}destroy-spawn-helper.c:124:9: note: a thread running 'drain' may be started here by spawn_direct
// CHECK-NEXT: 2 warnings generated.
