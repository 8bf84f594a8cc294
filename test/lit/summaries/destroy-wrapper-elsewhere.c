// pthread.DestroyWhileRunning through wrappers another file defines (tor's
// shape: compat.c wraps the pthread mutex and condition variable, pool.c's
// worker locks through the wrapper and its error path tears the pool down
// through the wrappers while a detached worker may run).  The summaries say
// what each wrapper does through its parameter: "a:mutex" locks &m->mutex,
// "da:mutex" destroys it.  A member the worker does not use, and a pool
// torn down after the join, stay silent.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t pool.c "cc -c pool.c" --entry %t compat.c "cc -c compat.c"
// RUN: not %threadlint -p . --quiet --no-source --export-summaries=sums.json > two-pass.out
// RUN: FileCheck %s --input-file=two-pass.out --implicit-check-not=warning: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=FILE --input-file=sums.json
// FILE: "name": "my_cond_uninit"
// FILE: "uses": [
// FILE-NEXT: "da:cond"
// FILE-NEXT: ]
// FILE: "name": "my_mutex_acquire"
// FILE: "uses": [
// FILE-NEXT: "a:mutex"
// FILE-NEXT: ]
// FILE: "name": "my_mutex_uninit"
// FILE: "uses": [
// FILE-NEXT: "da:mutex"
// FILE-NEXT: ]
// RUN: not %threadlint --quiet --no-source --summaries=sums.json pool.c | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// Without summaries the wrappers are unknown; the free of the pool is
// pthread.ArgLifetime's, which needs none.
// RUN: not %threadlint --quiet --no-source --no-summaries pool.c | FileCheck %s --check-prefix=NOSUM --implicit-check-not=warning:
// NOSUM: pool.c:32:9: warning: 'pool' is freed while thread 't' running 'worker_main' still uses it; it was detached and may still run [pthread.ArgLifetime]
// The plugin's faces read the same file: plugin/summaries-destroy-wrapper.c.
// CHECK: pool.c:29:9: warning: 'pool->condition.cond' is destroyed by my_cond_uninit while thread 't' running 'worker_main' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: pool.c:25:18: note: thread 't' running 'worker_main' is created here
// CHECK-NEXT: pool.c:31:9: warning: 'pool->lock.mutex' is destroyed by my_mutex_uninit while thread 't' running 'worker_main' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: pool.c:25:18: note: thread 't' running 'worker_main' is created here
// CHECK-NEXT: pool.c:32:9: warning: 'pool' is freed while thread 't' running 'worker_main' still uses it; it was detached and may still run [pthread.ArgLifetime]
// CHECK-NEXT: pool.c:25:18: note: 'pool' is given to thread 't' running 'worker_main' here
// CHECK-NEXT: pool.c:25:18: note: 'pthread_create(&t, NULL, worker_main, pool) != 0' is false
// CHECK-NEXT: pool.c:28:9: note: 'start_more(pool) < 0' is true

//--- compat.h
#include <pthread.h>
typedef struct { pthread_mutex_t mutex; } my_mutex_t;
typedef struct { pthread_cond_t cond; } my_cond_t;
void my_mutex_acquire(my_mutex_t *m);
void my_mutex_release(my_mutex_t *m);
void my_mutex_uninit(my_mutex_t *m);
void my_cond_uninit(my_cond_t *c);
void my_cond_wait(my_cond_t *c, my_mutex_t *m);

//--- compat.c
#include "compat.h"

void my_mutex_acquire(my_mutex_t *m) { pthread_mutex_lock(&m->mutex); }
void my_mutex_release(my_mutex_t *m) { pthread_mutex_unlock(&m->mutex); }
void my_mutex_uninit(my_mutex_t *m) { pthread_mutex_destroy(&m->mutex); }
void my_cond_uninit(my_cond_t *c) { pthread_cond_destroy(&c->cond); }
void my_cond_wait(my_cond_t *c, my_mutex_t *m) { pthread_cond_wait(&c->cond, &m->mutex); }

//--- pool.c
#include <stdlib.h>
#include "compat.h"

struct pool {
    my_mutex_t lock;
    my_cond_t condition;
    my_mutex_t stats;
    int jobs;
};
int start_more(struct pool *pool);

static void *worker_main(void *arg) {
    struct pool *pool = arg;
    my_mutex_acquire(&pool->lock);
    while (pool->jobs == 0)
        my_cond_wait(&pool->condition, &pool->lock);
    pool->jobs--;
    my_mutex_release(&pool->lock);
    return NULL;
}

struct pool *pool_new(void) {
    struct pool *pool = calloc(1, sizeof *pool);
    pthread_t t;
    if (!pool || pthread_create(&t, NULL, worker_main, pool) != 0)
        return NULL;
    pthread_detach(t);
    if (start_more(pool) < 0) {
        my_cond_uninit(&pool->condition);
        my_mutex_uninit(&pool->stats);
        my_mutex_uninit(&pool->lock);
        free(pool);
        return NULL;
    }
    return pool;
}

int pool_run_once(struct pool *pool) {
    pthread_t t;
    if (pthread_create(&t, NULL, worker_main, pool) != 0)
        return -1;
    pthread_join(t, NULL);
    my_mutex_uninit(&pool->lock);
    return 0;
}
