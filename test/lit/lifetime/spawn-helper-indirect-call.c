// A spawn helper that also hands its handle to a call through a pointer
// (note(t)): such a call has no callee name, and reading it as a join must
// neither crash (it did) nor hide the spawned thread.  Silent twin: the
// destroy on the path where the spawn failed.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

struct pool {
    pthread_mutex_t lock;
    int jobs;
};

static void *drain(void *arg) {
    struct pool *p = arg;
    pthread_mutex_lock(&p->lock);
    p->jobs = 0;
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

static int spawn_noted(void *(*fn)(void *), void *arg, void (*note)(pthread_t)) {
    pthread_t t;
    if (pthread_create(&t, NULL, fn, arg) != 0)
        return -1;
    note(t);
    pthread_detach(t);
    return 0;
}

void pool_reset(struct pool *p, void (*note)(pthread_t)) {
    if (spawn_noted(drain, p, note) == 0)
        pthread_mutex_destroy(&p->lock);
}

void pool_reset_failed(struct pool *p, void (*note)(pthread_t)) {
    if (spawn_noted(drain, p, note) != 0)
        pthread_mutex_destroy(&p->lock);
}

// CHECK: {{.*}}spawn-helper-indirect-call.c:32:9: warning: 'p->lock' is destroyed by pthread_mutex_destroy while a thread running 'drain', which uses it, may still run; nothing joins that thread [pthread.DestroyWhileRunning]
// CHECK: {{.*}}spawn-helper-indirect-call.c:31:9: note: a thread running 'drain' may be started here by spawn_noted
