// pthread.DestroyWhileRunning when the start routine reaches the lock
// through a second pointer that the creator set before the create
// (`w->pool = pool`; the routine locks `&w->pool->lock`, or `&pool->lock`
// after `pool = w->pool`).  Silent twins: joined first, a member the
// routine does not use, a pointer the creator did not set from that pool.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

struct pool {
    pthread_mutex_t lock, stats;
    int jobs;
};
struct worker {
    struct pool *pool;
    int id;
};
struct pool *other_pool(void);

static void *work(void *arg) {
    struct worker *w = arg;
    struct pool *pool = w->pool;
    pthread_mutex_lock(&pool->lock);
    pool->jobs--;
    pthread_mutex_unlock(&pool->lock);
    return NULL;
}

static void *work_direct(void *arg) {
    struct worker *w = arg;
    pthread_mutex_lock(&w->pool->lock);
    pthread_mutex_unlock(&w->pool->lock);
    return NULL;
}

int destroy_while_running(struct pool *pool, struct worker *w) {
    pthread_t t;
    w->pool = pool;
    if (pthread_create(&t, NULL, work, w) != 0)
        return -1;
    pthread_mutex_destroy(&pool->stats);
    pthread_mutex_destroy(&pool->lock);
    pthread_join(t, NULL);
    return 0;
}

int destroy_while_detached(struct pool *pool, struct worker *w) {
    pthread_t t;
    w->pool = pool;
    if (pthread_create(&t, NULL, work_direct, w) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&pool->lock);
    return 0;
}

int destroy_after_join(struct pool *pool, struct worker *w) {
    pthread_t t;
    w->pool = pool;
    if (pthread_create(&t, NULL, work, w) != 0)
        return -1;
    pthread_join(t, NULL);
    pthread_mutex_destroy(&pool->lock);
    return 0;
}

int destroy_another_pool(struct pool *pool, struct worker *w) {
    pthread_t t;
    w->pool = other_pool();
    if (pthread_create(&t, NULL, work, w) != 0)
        return -1;
    pthread_mutex_destroy(&pool->lock);
    pthread_join(t, NULL);
    return 0;
}
// CHECK: {{.*}}destroy-second-pointer.c:41:5: warning: 'pool->lock' is destroyed by pthread_mutex_destroy while thread 't' running 'work' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}destroy-second-pointer.c:38:9: note: thread 't' running 'work' is created here
// CHECK-NEXT: fix-it:"{{.*}}destroy-second-pointer.c":{41:5-41:5}:"pthread_join(t, NULL);\n    "
// CHECK-NEXT: fix-it:"{{.*}}destroy-second-pointer.c":{42:5-42:27}:""
// CHECK-NEXT: {{.*}}destroy-second-pointer.c:52:5: warning: 'pool->lock' is destroyed by pthread_mutex_destroy while thread 't' running 'work_direct' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}destroy-second-pointer.c:49:9: note: thread 't' running 'work_direct' is created here
// CHECK-NEXT: 2 warnings generated.
