// The silent twin of leak-create-ne-success.c: every path after a
// successful thrd_create joins the thread.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <stdio.h>
#include <threads.h>

struct server { int port; volatile int stop; };
int server_bind(struct server *s);
int server_loop(struct server *s);

static int stats_thread(void *arg) {
    struct server *s = arg;
    while (!s->stop)
        fprintf(stderr, "port %d alive\n", s->port);
    return 0;
}

int server_run(struct server *s) {
    thrd_t stats;
    if (thrd_create(&stats, stats_thread, s) != thrd_success) {
        perror("thrd_create");
        return -1;
    }
    if (server_bind(s) < 0) {
        perror("bind");
        s->stop = 1;
        thrd_join(stats, NULL);
        return -1;
    }
    int rc = server_loop(s);
    s->stop = 1;
    thrd_join(stats, NULL);
    return rc;
}
