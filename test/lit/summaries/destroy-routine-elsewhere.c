// pthread.DestroyWhileRunning across files: the start routine is defined in
// another file, and its summary says what it uses through its argument
// ("uses": ["a:lock"]).  The pool's lock destroyed while the worker may run
// is reported; the pool's other lock, which the routine does not use, and
// a routine whose summary says nothing are not.  Without summaries the
// routine is unknown and the rule is silent.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t pool.c "cc -c pool.c" --entry %t worker.c "cc -c worker.c"
// RUN: not %threadlint -p . --quiet --no-source --export-summaries=sums.json > two-pass.out
// RUN: FileCheck %s --input-file=two-pass.out --implicit-check-not=warning: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=FILE --input-file=sums.json
// FILE: "name": "worker_main"
// FILE: "uses": [
// FILE-NEXT: "a:lock"
// FILE-NEXT: ]
// RUN: not %threadlint --quiet --no-source --summaries=sums.json pool.c | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --quiet --no-source --no-summaries pool.c | count 0
// The plugin's faces read the same file: plugin/summaries-destroy.c.
// CHECK: pool.c:25:9: warning: 'pool->lock' is destroyed by pthread_mutex_destroy while thread 't' running 'worker_main' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: pool.c:21:9: note: thread 't' running 'worker_main' is created here

//--- worker.c
#include <pthread.h>

struct pool { pthread_mutex_t lock, stats_lock; int jobs; };

static void take(struct pool *p) {
    pthread_mutex_lock(&p->lock);
    p->jobs--;
    pthread_mutex_unlock(&p->lock);
}

void *worker_main(void *arg) {
    take(arg);
    return 0;
}

void *idle_main(void *arg) { return arg; }

//--- pool.c
#include <pthread.h>
#include <stdlib.h>

struct pool { pthread_mutex_t lock, stats_lock; int jobs; };
void *worker_main(void *arg);
void *idle_main(void *arg);
int more(void);

int pool_start(struct pool *pool) {
    pthread_t t, u;
    if (pthread_create(&u, NULL, idle_main, pool) != 0)
        return -1;
    if (more()) {
        pthread_mutex_destroy(&pool->lock);
        pthread_join(u, NULL);
        return -1;
    }
    pthread_join(u, NULL);
    pthread_mutex_init(&pool->lock, NULL);
    pthread_mutex_init(&pool->stats_lock, NULL);
    if (pthread_create(&t, NULL, worker_main, pool) != 0)
        return -1;
    if (more()) {
        pthread_mutex_destroy(&pool->stats_lock);
        pthread_mutex_destroy(&pool->lock);
        pthread_join(t, NULL);
        return -1;
    }
    pthread_detach(t);
    return 0;
}
