// `if (pthread_create(...))` with cleanup and return on the failure branch:
// no thread exists there, and the success path joins. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <unistd.h>

struct conn { int fd; int state; };

static void *reader(void *arg) {
    struct conn *c = arg;
    char buf[512];
    while (read(c->fd, buf, sizeof buf) > 0)
        ;
    return NULL;
}

int conn_start(struct conn *c) {
    pthread_t rd;
    if (pthread_create(&rd, NULL, reader, c)) {
        close(c->fd);
        c->fd = -1;
        return -1;
    }
    c->state = 1;
    pthread_join(rd, NULL);
    c->state = 2;
    return 0;
}
