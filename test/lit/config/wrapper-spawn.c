// A spawn helper declared as a wrapper of pthread_create with no handle
// (`args: [null, null, 0, 1]`): the thread it starts cannot be joined, so
// from a successful call on it may use what its routine uses through the
// argument; destroying that is pthread.DestroyWhileRunning.  Silent: the
// path where the call failed, an object the routine does not use, and the
// same code without the declaration.  No leak is reported for the thread.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source src/pool.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source --config-file=/dev/null src/pool.c | count 0
//
// CHECK:      src/pool.c:20:5: warning: 'p->lock' is destroyed by pthread_mutex_destroy while a thread running 'worker', which uses it, may still run; nothing joins that thread [pthread.DestroyWhileRunning]
// CHECK-NEXT: src/pool.c:15:9: note: a thread running 'worker' is started here
// CHECK-NEXT: 1 warning generated.

//--- .threadlint.yaml
wrappers:
  # int spawn_func(void (*func)(void *), void *data): 0 once it runs, detached
  - {name: spawn_func, model: pthread_create, args: [null, null, 0, 1]}

//--- src/pool.c
#include <pthread.h>
int spawn_func(void (*func)(void *), void *data);
struct pool { pthread_mutex_t lock, stats; int jobs; };

static void worker(void *arg) {
    struct pool *p = arg;
    pthread_mutex_lock(&p->lock);
    p->jobs--;
    pthread_mutex_unlock(&p->lock);
}

int start(struct pool *p) {
    pthread_mutex_destroy(&p->lock);
    pthread_mutex_init(&p->lock, NULL);
    if (spawn_func(worker, p) < 0) {
        pthread_mutex_destroy(&p->lock);
        return -1;
    }
    pthread_mutex_destroy(&p->stats);
    pthread_mutex_destroy(&p->lock);
    return 0;
}
