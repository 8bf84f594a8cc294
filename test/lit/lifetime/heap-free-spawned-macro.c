// pthread.ArgLifetime for a thread started with no handle, freed through a
// macro that takes the pointer's address first, as tor's tor_free does
// (`tmp = &p; free(*tmp);` frees p).  heap-free-spawned.c has the plain
// free and the silent twins.  libclang 14 reports macro-body
// locations at the invocation, so operators written in a macro body cannot
// be read there: the CLI built against it cannot see this free.
// UNSUPPORTED: llvm-14
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

#define my_free(p)                                                                         \
    do {                                                                                   \
        __typeof__(&(p)) my_free_tmp = &(p);                                               \
        free(*my_free_tmp);                                                                \
        *my_free_tmp = NULL;                                                               \
    } while (0)

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


struct pool *pool_new_macro(int n) {
    struct pool *pool = calloc(1, sizeof *pool);
    if (!pool)
        return NULL;
    for (int i = 0; i < n; i++)
        if (!worker_new(pool)) {
            my_free(pool);
            return NULL;
        }
    return pool;
}
// CHECK: {{.*}}heap-free-spawned-macro.c:62:13: warning: 'pool' is freed while a thread running 'work', which uses it, may still run; nothing joins that thread [pthread.ArgLifetime]
// CHECK-NEXT: {{.*}}heap-free-spawned-macro.c:61:14: note: a thread running 'work' may be started here by worker_new
// CHECK-NEXT: 1 warning generated.
