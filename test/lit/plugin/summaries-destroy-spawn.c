// The plugin's two faces with a summaries file in tor's workqueue shape
// (summaries/destroy-spawn-elsewhere.c has the CLI's side): a spawn helper
// with a trampoline and mutex wrappers in another file.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t pool.c "cc -c pool.c" --entry %t compat.c "cc -c compat.c"
// RUN: not %threadlint -p . --quiet --export-summaries=sums.json > /dev/null
// RUN: %clang_plugin -fplugin-arg-threadlint-summaries=sums.json -fsyntax-only pool.c 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %clang --analyze -o /dev/null -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -Xclang -analyzer-config -Xclang pthread.Core:Summaries=sums.json pool.c 2>&1 | FileCheck %s --implicit-check-not=warning:
// CHECK-DAG: pool.c:56:9: warning: 'pool->condition.cond' is destroyed by my_cond_uninit while a thread running 'worker_thread_main', which uses it, may still run; nothing joins that thread [pthread.DestroyWhileRunning]
// CHECK-DAG: pool.c:58:9: warning: 'pool->lock.mutex' is destroyed by my_mutex_uninit while a thread running 'worker_thread_main', which uses it, may still run; nothing joins that thread [pthread.DestroyWhileRunning]
// CHECK-DAG: pool.c:59:9: warning: 'pool' is freed while a thread running 'worker_thread_main', which uses it, may still run; nothing joins that thread [pthread.ArgLifetime]
// Without the file, spawn_func and the wrappers are unknown: nothing is said.
// RUN: %clang_plugin -fsyntax-only pool.c 2>&1 | count 0

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
