// `break` out of a `while` read loop on error or end of file: both exits
// reach the join after the loop. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stddef.h>
#include <unistd.h>

struct queue { size_t len; volatile int stop; };
void queue_push(struct queue *q, const char *buf, size_t n);

static void *flush_loop(void *arg) {
    struct queue *q = arg;
    while (!q->stop)
        q->len = 0;
    return NULL;
}

long ingest(struct queue *q, int fd) {
    pthread_t flusher;
    char buf[4096];
    long total = 0;

    if (pthread_create(&flusher, NULL, flush_loop, q) != 0)
        return -1;
    while (1) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n == 0)
            break;
        if (n < 0) {
            total = -1;
            break;
        }
        total += n;
        queue_push(q, buf, (size_t)n);
    }
    q->stop = 1;
    pthread_join(flusher, NULL);
    return total;
}
