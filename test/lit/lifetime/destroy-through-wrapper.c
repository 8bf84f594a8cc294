// pthread.DestroyWhileRunning through helpers: a same-file wrapper that
// destroys what its parameter points to (my_mutex_uninit(&p->lock) destroys
// p->lock.mutex), a teardown helper that calls such wrappers on members, a
// helper that destroys a global; and a start routine that locks through a
// wrapper given a member (my_mutex_acquire(&p->lock)). Silent twins: a
// member the routine does not use, a thread joined first, a routine that
// uses another member through the same wrapper.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stddef.h>

typedef struct { pthread_mutex_t mutex; } my_mutex_t;
typedef struct { pthread_cond_t cond; } my_cond_t;

struct pool {
    my_mutex_t lock;
    my_cond_t ready;
    my_mutex_t stats;
    int jobs;
};

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

static void my_mutex_acquire(my_mutex_t *m) { pthread_mutex_lock(&m->mutex); }
static void my_mutex_release(my_mutex_t *m) { pthread_mutex_unlock(&m->mutex); }
static void my_mutex_uninit(my_mutex_t *m) { pthread_mutex_destroy(&m->mutex); }
static void my_cond_uninit(my_cond_t *c) { pthread_cond_destroy(&c->cond); }

static void pool_teardown(struct pool *p) {
    my_cond_uninit(&p->ready);
    my_mutex_uninit(&p->lock);
}

static void log_shutdown(void) { pthread_mutex_destroy(&log_lock); }

static void *worker(void *arg) {
    struct pool *p = arg;
    my_mutex_acquire(&p->lock);
    p->jobs--;
    my_mutex_release(&p->lock);
    pthread_mutex_lock(&log_lock);
    pthread_mutex_unlock(&log_lock);
    return NULL;
}

static void *counter(void *arg) {
    struct pool *p = arg;
    my_mutex_acquire(&p->stats);
    my_mutex_release(&p->stats);
    return NULL;
}

int uninit_while_detached(struct pool *p) {
    pthread_t t;
    if (pthread_create(&t, NULL, worker, p) != 0)
        return -1;
    pthread_detach(t);
    my_mutex_uninit(&p->stats);
    my_mutex_uninit(&p->lock);
    return 0;
}

int teardown_before_join(struct pool *p) {
    pthread_t t;
    if (pthread_create(&t, NULL, worker, p) != 0)
        return -1;
    pool_teardown(p);
    log_shutdown();
    pthread_join(t, NULL);
    return 0;
}

int teardown_after_join(struct pool *p) {
    pthread_t t;
    if (pthread_create(&t, NULL, worker, p) != 0)
        return -1;
    pthread_join(t, NULL);
    pool_teardown(p);
    log_shutdown();
    return 0;
}

int other_member(struct pool *p) {
    pthread_t t;
    if (pthread_create(&t, NULL, counter, p) != 0)
        return -1;
    pool_teardown(p);
    log_shutdown();
    pthread_join(t, NULL);
    return 0;
}
// CHECK: {{.*}}destroy-through-wrapper.c:59:5: warning: 'p->lock.mutex' is destroyed by my_mutex_uninit while thread 't' running 'worker' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}destroy-through-wrapper.c:55:9: note: thread 't' running 'worker' is created here
// CHECK-NEXT: {{.*}}destroy-through-wrapper.c:67:5: warning: 'p->lock.mutex' is destroyed by pool_teardown while thread 't' running 'worker' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}destroy-through-wrapper.c:65:9: note: thread 't' running 'worker' is created here
// CHECK-NEXT: {{.*}}destroy-through-wrapper.c:68:5: warning: 'log_lock' is destroyed by log_shutdown while thread 't' running 'worker' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}destroy-through-wrapper.c:65:9: note: thread 't' running 'worker' is created here
// CHECK-NEXT: fix-it:"{{.*}}destroy-through-wrapper.c":{68:5-68:5}:"pthread_join(t, NULL);\n    "
// CHECK-NEXT: fix-it:"{{.*}}destroy-through-wrapper.c":{69:5-69:27}:""
// CHECK-NEXT: 3 warnings generated.
