// `break` out of a `while (1)` read loop on a read error: the only join
// sits on the end-of-file exit inside the loop, so the error leaves the
// function with the flusher still running.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
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
        if (n == 0) {
            q->stop = 1;
            pthread_join(flusher, NULL);
            return total;
        }
        if (n < 0)
            break;
        total += n;
        queue_push(q, buf, (size_t)n);
    }
    q->stop = 1;
#ifdef FIXED
    pthread_join(flusher, NULL);
#endif
    return -1;
}
// CHECK: leak-break-while.c:25:9: warning: thread 'flusher' running 'flush_loop' is neither joined nor detached when 'ingest' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-break-while.c:25:9: note: 'pthread_create(&flusher, NULL, flush_loop, q) != 0' is false
// CHECK-NEXT: leak-break-while.c:29:13: note: 'n == 0' is false
// CHECK-NEXT: leak-break-while.c:34:13: note: 'n < 0' is true
// CHECK-NEXT: leak-break-while.c:43:5: note: 'ingest' returns here with 'flusher' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-break-while.c":{43:5-43:5}:"pthread_join(flusher, NULL);\n    "
// CHECK-NEXT: 1 warning generated.
