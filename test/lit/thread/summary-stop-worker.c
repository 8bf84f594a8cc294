// A same-file helper that joins w->tid through a pointer to the worker
// struct counts as the join: stop_worker(&w) releases the thread.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
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

int drain(int fd) {
    struct worker w;
    w.fd = fd;
    if (pthread_create(&w.tid, NULL, worker_main, &w) != 0)
        return -1;
    stop_worker(&w);
    return 0;
}
