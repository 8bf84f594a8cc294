/* Runs work items on worker threads and hands results back in order, so
 * output is the same for any -j. */
#ifndef THREADLINT_JOB_POOL_H
#define THREADLINT_JOB_POOL_H

typedef struct tl_pool_hooks {
    void *ctx;
    /* per worker thread: make and drop its private state (a CXIndex) */
    void *(*worker_init)(void *ctx);
    void (*worker_fini)(void *ctx, void *state);
    /* on a worker: do item i */
    void (*work)(void *ctx, void *state, int i);
    /* on the calling thread, for i = 0, 1, 2 ... as soon as item i is done */
    void (*deliver)(void *ctx, int i);
    /* on the calling thread, when items were started or finished since it
     * was last called: how many are done, and the item started last
     * (NULL: not wanted) */
    void (*progress)(void *ctx, int done, int started_last);
} tl_pool_hooks;

/* Runs items [0, n) on up to `threads` workers. */
void tl_pool_run(int n, int threads, const tl_pool_hooks *hooks);

#endif
