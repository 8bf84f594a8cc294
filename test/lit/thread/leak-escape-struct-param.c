// The handle is stored into a field of a struct reached through a pointer
// parameter (srv->acceptor): server_stop() joins it later. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

struct server {
    int lfd;
    pthread_t acceptor;
    volatile int stop;
};

static void *accept_loop(void *arg) {
    struct server *srv = arg;
    while (!srv->stop) {
        int c = accept(srv->lfd, NULL, NULL);
        if (c >= 0)
            close(c);
    }
    return NULL;
}

int server_start(struct server *srv) {
    pthread_t t;
    srv->stop = 0;
    if (pthread_create(&t, NULL, accept_loop, srv) != 0)
        return -1;
    srv->acceptor = t;
    return 0;
}
