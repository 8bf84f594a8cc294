// A heap array of handles, malloc(n * sizeof *th), created in one loop and
// joined in a second loop over the same range before free. Nothing to
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
    int i, started;

    if (!th)
        return -1;
    for (started = 0; started < n; started++)
        if (pthread_create(&th[started], NULL, conn_thread, &conns[started]) != 0)
            break;
    for (i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    free(th);
    return started == n ? 0 : -1;
}
