// tor's workqueue case across files (tor 0.4.9, src/lib/evloop/workqueue.c):
// compat.c starts detached threads through a trampoline (spawn_func) and
// wraps the mutex; pool.c's workerthread_new starts a worker that reaches
// the pool through thr->in_pool, threadpool_start_threads starts several,
// and threadpool_new, when starting worker k fails after worker 0 runs,
// destroys the pool's lock and condition and frees the pool while worker 0
// may still use them.
// Summaries carry each step: spawn_func starts its first argument with its
// second (a "destroy" effect of state 2 on parameter 1), workerthread_new
// and threadpool_start_threads leave a thread that may use pool->lock.mutex
// (state 1), the wrappers' uses and destroys ("a:mutex", "da:mutex").
// Silent: the path where the worker did not start (workerthread_new frees
// it), the pool's stats lock, which the worker does not use.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t pool.c "cc -c pool.c" --entry %t compat.c "cc -c compat.c"
// RUN: not %threadlint -p . --quiet --no-source --export-summaries=sums.json > two-pass.out
// RUN: FileCheck %s --input-file=two-pass.out --implicit-check-not=warning: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=FILE --input-file=sums.json
// FILE: "name": "spawn_func"
// FILE: "module": "destroy",
// FILE-NEXT: "state": 2,
// RUN: not %threadlint --quiet --no-source --summaries=sums.json pool.c | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --quiet --no-source --no-summaries pool.c | count 0
// The plugin's faces read the same file: plugin/summaries-destroy-spawn.c.
// CHECK: pool.c:56:9: warning: 'pool->condition.cond' is destroyed by my_cond_uninit while a thread running 'worker_thread_main', which uses it, may still run; nothing joins that thread [pthread.DestroyWhileRunning]
// CHECK-NEXT: pool.c:55:9: note: a thread running 'worker_thread_main' may be started here by threadpool_start_threads
// CHECK-NEXT: pool.c:58:9: warning: 'pool->lock.mutex' is destroyed by my_mutex_uninit while a thread running 'worker_thread_main', which uses it, may still run; nothing joins that thread [pthread.DestroyWhileRunning]
// CHECK-NEXT: pool.c:55:9: note: a thread running 'worker_thread_main' may be started here by threadpool_start_threads
// CHECK-NEXT: pool.c:59:9: warning: 'pool' is freed while a thread running 'worker_thread_main', which uses it, may still run; nothing joins that thread [pthread.ArgLifetime]
// CHECK-NEXT: pool.c:55:9: note: a thread running 'worker_thread_main' may be started here by threadpool_start_threads

//--- compat.h
#include <pthread.h>
typedef struct { pthread_mutex_t mutex; } my_mutex_t;
typedef struct { pthread_cond_t cond; } my_cond_t;
void my_mutex_acquire(my_mutex_t *m);
void my_mutex_release(my_mutex_t *m);
void my_mutex_uninit(my_mutex_t *m);
void my_cond_uninit(my_cond_t *c);
void my_cond_wait(my_cond_t *c, my_mutex_t *m);
int spawn_func(void (*func)(void *), void *data);

//--- compat.c
#include <stdlib.h>
#include "compat.h"

void my_mutex_acquire(my_mutex_t *m) { pthread_mutex_lock(&m->mutex); }
void my_mutex_release(my_mutex_t *m) { pthread_mutex_unlock(&m->mutex); }
void my_mutex_uninit(my_mutex_t *m) { pthread_mutex_destroy(&m->mutex); }
void my_cond_uninit(my_cond_t *c) { pthread_cond_destroy(&c->cond); }
void my_cond_wait(my_cond_t *c, my_mutex_t *m) { pthread_cond_wait(&c->cond, &m->mutex); }

typedef struct tor_pthread_data_t {
    void (*func)(void *);
    void *data;
} tor_pthread_data_t;

static void *tor_pthread_helper_fn(void *_data) {
    tor_pthread_data_t *data = _data;
    void (*func)(void *);
    void *arg;
    func = data->func;
    arg = data->data;
    free(_data);
    func(arg);
    return NULL;
}

static pthread_attr_t attr_detached;

void tor_threads_init(void) {
    pthread_attr_init(&attr_detached);
    pthread_attr_setdetachstate(&attr_detached, PTHREAD_CREATE_DETACHED);
}

int spawn_func(void (*func)(void *), void *data) {
    pthread_t thread;
    tor_pthread_data_t *d = malloc(sizeof(tor_pthread_data_t));
    if (!d)
        return -1;
    d->data = data;
    d->func = func;
    if (pthread_create(&thread, &attr_detached, tor_pthread_helper_fn, d)) {
        free(d);
        return -1;
    }
    return 0;
}

//--- pool.c
#include <stdlib.h>
#include "compat.h"

typedef struct threadpool_t threadpool_t;
typedef struct workerthread_t {
    int index;
    threadpool_t *in_pool;
} workerthread_t;

struct threadpool_t {
    workerthread_t **threads;
    int n_threads;
    my_mutex_t lock;
    my_cond_t condition;
    my_mutex_t stats;
    int jobs;
};

static void worker_thread_main(void *thread_) {
    workerthread_t *thread = thread_;
    threadpool_t *pool = thread->in_pool;
    my_mutex_acquire(&pool->lock);
    while (pool->jobs == 0)
        my_cond_wait(&pool->condition, &pool->lock);
    my_mutex_release(&pool->lock);
}

static workerthread_t *workerthread_new(threadpool_t *pool) {
    workerthread_t *thr = calloc(1, sizeof *thr);
    if (!thr)
        return NULL;
    thr->in_pool = pool;
    if (spawn_func(worker_thread_main, thr) < 0) {
        free(thr);
        return NULL;
    }
    return thr;
}

static int threadpool_start_threads(threadpool_t *pool, int n) {
    while (pool->n_threads < n) {
        workerthread_t *thr = workerthread_new(pool);
        if (!thr)
            return -1;
        thr->index = pool->n_threads;
        pool->threads[pool->n_threads++] = thr;
    }
    return 0;
}

threadpool_t *threadpool_new(int n_threads) {
    threadpool_t *pool = calloc(1, sizeof *pool);
    if (!pool)
        return NULL;
    if (threadpool_start_threads(pool, n_threads) < 0) {
        my_cond_uninit(&pool->condition);
        my_mutex_uninit(&pool->stats);
        my_mutex_uninit(&pool->lock);
        free(pool);
        return NULL;
    }
    return pool;
}
