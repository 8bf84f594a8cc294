// `pthread_create(...) != 0` failure branch returns; every path after a
// successful create joins the stats thread. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

struct server { int lfd; int port; volatile int stop; };
int server_bind(struct server *s);
int server_loop(struct server *s);

static void *stats_thread(void *arg) {
    struct server *s = arg;
    while (!s->stop)
        fprintf(stderr, "port %d alive\n", s->port);
    return NULL;
}

int server_run(struct server *s) {
    pthread_t stats;
    int rc;

    if (pthread_create(&stats, NULL, stats_thread, s) != 0) {
        perror("pthread_create");
        return -1;
    }
    if (server_bind(s) < 0) {
        perror("bind");
        s->stop = 1;
        pthread_join(stats, NULL);
        return -1;
    }
    rc = server_loop(s);
    s->stop = 1;
    pthread_join(stats, NULL);
    return rc;
}
