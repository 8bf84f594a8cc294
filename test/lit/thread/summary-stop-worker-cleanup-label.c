// stop_worker(&w) called from a cleanup label that every error path after
// the create reaches by goto.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

struct worker {
    pthread_t tid;
    int fd;
};

static void *worker_main(void *arg) {
    struct worker *w = arg;
    char buf[512];
    while (read(w->fd, buf, sizeof buf) > 0)
        ;
    return NULL;
}

static void stop_worker(struct worker *w) {
    shutdown(w->fd, SHUT_RDWR);
    pthread_join(w->tid, NULL);
}

int handshake(int fd);
int transfer(int fd);

int session(int fd) {
    struct worker w;
    int rc = -1;
    w.fd = fd;
    if (pthread_create(&w.tid, NULL, worker_main, &w) != 0)
        return -1;
    if (handshake(fd) < 0)
        goto stop;
    if (transfer(fd) < 0)
        goto stop;
    rc = 0;
stop:
    stop_worker(&w);
    return rc;
}
