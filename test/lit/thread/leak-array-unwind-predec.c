// Unwinding with `while (--i >= 0)` after a create loop that stops at the
// first failure: joins exactly the threads that were started. Nothing to
// report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

struct conn { int fd; };
void handle_conn(struct conn *c);

static void *conn_thread(void *arg) {
    handle_conn(arg);
    return NULL;
}

int serve_batch(struct conn *conns, int n) {
    pthread_t *th = malloc((size_t)n * sizeof *th);
    int i;

    if (!th)
        return -1;
    for (i = 0; i < n; i++)
        if (pthread_create(&th[i], NULL, conn_thread, &conns[i]) != 0)
            break;
    while (--i >= 0)
        pthread_join(th[i], NULL);
    free(th);
    return 0;
}
