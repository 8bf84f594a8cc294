// A heap array of handles returned to the caller, who owns the threads
// from then on (pool_stop joins them elsewhere). Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

struct conn { int fd; };
void handle_conn(struct conn *c);

static void *conn_thread(void *arg) {
    handle_conn(arg);
    return NULL;
}

pthread_t *pool_start(struct conn *conns, int n) {
    pthread_t *th = malloc((size_t)n * sizeof *th);
    if (!th)
        return NULL;
    for (int i = 0; i < n; i++)
        pthread_create(&th[i], NULL, conn_thread, &conns[i]);
    return th;
}
