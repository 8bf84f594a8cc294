// `pthread_create(...) != 0` is the failure test; the thread exists only on
// the == 0 side, where a failed bind returns without stopping it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
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
#ifdef FIXED
        s->stop = 1;
        pthread_join(stats, NULL);
#endif
        return -1;
    }
    rc = server_loop(s);
    s->stop = 1;
    pthread_join(stats, NULL);
    return rc;
}
// CHECK: leak-create-ne-zero.c:23:9: warning: thread 'stats' running 'stats_thread' is neither joined nor detached when 'server_run' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-ne-zero.c:23:9: note: 'pthread_create(&stats, NULL, stats_thread, s) != 0' is false
// CHECK-NEXT: leak-create-ne-zero.c:27:9: note: 'server_bind(s) < 0' is true
// CHECK-NEXT: leak-create-ne-zero.c:33:9: note: 'server_run' returns here with 'stats' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-ne-zero.c":{33:9-33:9}:"pthread_join(stats, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
