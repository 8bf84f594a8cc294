// A file-local `die()` that calls exit(): used on the create failure and
// on later fatal errors while the thread runs. Every `return -1` after a
// die() is dead code. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct transport { const char *kind; int fd; volatile int stop; };
int tcp_serve(struct transport *t);
int unix_serve(struct transport *t);

static void die(const char *msg) {
    perror(msg);
    exit(EXIT_FAILURE);
}

static void *keepalive(void *arg) {
    struct transport *t = arg;
    while (!t->stop)
        t->fd |= 0;
    return NULL;
}

int transport_run(struct transport *t) {
    pthread_t ka;
    int rc;

    if (pthread_create(&ka, NULL, keepalive, t) != 0) {
        die("pthread_create");
        return -1; /* not reached */
    }
    if (strcmp(t->kind, "tcp") == 0)
        rc = tcp_serve(t);
    else if (strcmp(t->kind, "unix") == 0)
        rc = unix_serve(t);
    else {
        die(t->kind);
        return -1; /* not reached */
    }
    t->stop = 1;
    pthread_join(ka, NULL);
    return rc;
}
