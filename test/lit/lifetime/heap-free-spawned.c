// pthread.ArgLifetime for threads started with no handle (a spawn helper):
// freeing what such a thread may still use is reported, from the call that
// started it on.  Silent twins: the path where the start failed (the
// helper's caller frees the worker it made), memory the routine does not
// reach, and a free before the start.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

struct pool {
    pthread_mutex_t lock;
    int jobs;
};
struct worker {
    struct pool *pool;
};

int spawn_direct(void *(*fn)(void *), void *arg) {
    pthread_t t;
    if (pthread_create(&t, NULL, fn, arg) != 0)
        return -1;
    pthread_detach(t);
    return 0;
}

static void *work(void *arg) {
    struct worker *w = arg;
    pthread_mutex_lock(&w->pool->lock);
    w->pool->jobs--;
    pthread_mutex_unlock(&w->pool->lock);
    return NULL;
}

static struct worker *worker_new(struct pool *pool) {
    struct worker *w = malloc(sizeof *w);
    if (!w)
        return NULL;
    w->pool = pool;
    if (spawn_direct(work, w) != 0) {
        free(w);
        return NULL;
    }
    return w;
}

struct pool *pool_new(int n) {
    struct pool *pool = calloc(1, sizeof *pool);
    char *scratch = malloc(16);
    if (!pool || !scratch)
        return NULL;
    free(scratch);
    for (int i = 0; i < n; i++)
        if (!worker_new(pool)) {
            free(pool);
            return NULL;
        }
    return pool;
}
// CHECK: {{.*}}heap-free-spawned.c:54:13: warning: 'pool' is freed while a thread running 'work', which uses it, may still run; nothing joins that thread [pthread.ArgLifetime]
// CHECK-NEXT: {{.*}}heap-free-spawned.c:53:14: note: a thread running 'work' may be started here by worker_new
// CHECK-NEXT: 1 warning generated.
