// The plugin's two faces with a summaries file that says what a start
// routine defined in another file uses through its argument
// (summaries/destroy-routine-elsewhere.c has the CLI's side).
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t pool.c "cc -c pool.c" --entry %t worker.c "cc -c worker.c"
// RUN: not %threadlint -p . --quiet --export-summaries=sums.json > /dev/null
// RUN: %clang_plugin -fplugin-arg-threadlint-summaries=sums.json -fsyntax-only pool.c 2>&1 | FileCheck %s --implicit-check-not=warning:
// CHECK: pool.c:25:9: warning: 'pool->lock' is destroyed by pthread_mutex_destroy while thread 't' running 'worker_main' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// RUN: %clang --analyze -o /dev/null -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -Xclang -analyzer-config -Xclang pthread.Core:Summaries=sums.json pool.c 2>&1 | FileCheck %s --implicit-check-not=warning:
// Without the file, the routine is unknown: nothing is said.
// RUN: %clang_plugin -fsyntax-only pool.c 2>&1 | count 0

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
