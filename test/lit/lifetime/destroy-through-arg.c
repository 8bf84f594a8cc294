// Destroying what the thread was given: the tor shape (worker 0 started and
// detached, starting worker 1 fails, the error path destroys the pool's
// condition variable and mutex that worker 0 waits on), a semaphore the
// routine posts through a cast of its argument, and a key it sets.  Silent
// twins: joined first, a routine that only reads a plain member, an object
// reached through a second pointer.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>

struct pool {
    pthread_mutex_t lock;
    pthread_cond_t more;
    int stop;
    struct pool *shared;
};

static void *worker(void *arg) {
    struct pool *p = arg;
    pthread_mutex_lock(&p->lock);
    while (!p->stop)
        pthread_cond_wait(&p->more, &p->lock);
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

int pool_start(struct pool *pool) {
    pthread_t t0, t1;
    if (pthread_create(&t0, NULL, worker, pool) != 0)
        return -1;
    pthread_detach(t0);
    if (pthread_create(&t1, NULL, worker, pool) != 0) {
        pthread_cond_destroy(&pool->more);
        pthread_mutex_destroy(&pool->lock);
        return -1;
    }
    pthread_detach(t1);
    return 0;
}

int pool_start_joined(struct pool *pool) {
    pthread_t t0;
    if (pthread_create(&t0, NULL, worker, pool) != 0)
        return -1;
    pthread_mutex_lock(&pool->lock);
    pool->stop = 1;
    pthread_cond_broadcast(&pool->more);
    pthread_mutex_unlock(&pool->lock);
    pthread_join(t0, NULL);
    pthread_cond_destroy(&pool->more);
    pthread_mutex_destroy(&pool->lock);
    return 0;
}

static void *stopper(void *arg) {
    struct pool *p = arg;
    p->stop = 1;
    return NULL;
}

int plain_member(struct pool *pool) {
    pthread_t t;
    if (pthread_create(&t, NULL, stopper, pool) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&pool->lock);
    return 0;
}

static void *second_pointer(void *arg) {
    struct pool *p = arg;
    pthread_mutex_lock(&p->shared->lock);
    pthread_mutex_unlock(&p->shared->lock);
    return NULL;
}

int through_shared(struct pool *pool) {
    pthread_t t;
    if (pthread_create(&t, NULL, second_pointer, pool) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&pool->lock);
    return 0;
}

struct job {
    sem_t done;
    int result;
};

static void *run_job(void *arg) {
    ((struct job *)arg)->result = 42;
    sem_post(&((struct job *)arg)->done);
    return NULL;
}

int job_abandon(struct job *j) {
    pthread_t t;
    if (pthread_create(&t, NULL, run_job, j) != 0)
        return -1;
    pthread_detach(t);
    sem_destroy(&j->done);
    return 0;
}

static pthread_key_t req_key;

static void *tag(void *arg) {
    pthread_setspecific(req_key, arg);
    return NULL;
}

int key_gone(void *req) {
    pthread_t t;
    if (pthread_create(&t, NULL, tag, req) != 0)
        return -1;
    pthread_detach(t);
    pthread_key_delete(req_key);
    return 0;
}

// CHECK:      destroy-through-arg.c:34:9: warning: 'pool->more' is destroyed by pthread_cond_destroy while thread 't0' running 'worker' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: destroy-through-arg.c:30:9: note: thread 't0' running 'worker' is created here
// CHECK-NEXT: destroy-through-arg.c:35:9: warning: 'pool->lock' is destroyed by pthread_mutex_destroy while thread 't0' running 'worker' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: destroy-through-arg.c:30:9: note: thread 't0' running 'worker' is created here
// CHECK-NEXT: destroy-through-arg.c:103:5: warning: 'j->done' is destroyed by sem_destroy while thread 't' running 'run_job' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: destroy-through-arg.c:100:9: note: thread 't' running 'run_job' is created here
// CHECK-NEXT: destroy-through-arg.c:119:5: warning: 'req_key' is destroyed by pthread_key_delete while thread 't' running 'tag' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: destroy-through-arg.c:116:9: note: thread 't' running 'tag' is created here
