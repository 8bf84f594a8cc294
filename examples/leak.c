/* A small server start-up routine with a classic bug: the error paths
 * jump to the cleanup labels, which close what was opened but forget the
 * logger thread that is already running.
 *
 *   threadlint examples/leak.c
 */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct queue {
    int fds[64];
    int head, tail;
};

int open_listener(const char *addr, int port);
int set_nonblocking(int fd);
int queue_init(struct queue *q);
void queue_close(struct queue *q);
int serve_forever(int listener, struct queue *q);

static void *log_flusher(void *arg) {
    struct queue *q = arg;
    while (q->head >= 0)
        sleep(1);
    return NULL;
}

int run_server(const char *addr, int port) {
    struct queue q;
    pthread_t logger;
    int listener, rc;

    if (queue_init(&q) != 0)
        return -1;
    if (pthread_create(&logger, NULL, log_flusher, &q) != 0) {
        queue_close(&q);
        return -1;
    }

    listener = open_listener(addr, port);
    if (listener < 0) {
        perror("listen");
        goto fail;
    }
    if (set_nonblocking(listener) != 0)
        goto fail_listener;

    rc = serve_forever(listener, &q);
    close(listener);
    pthread_cancel(logger);
    pthread_join(logger, NULL);
    queue_close(&q);
    return rc;

fail_listener:
    close(listener);
fail:
    queue_close(&q); /* the logger is still running here */
    return -1;
}
