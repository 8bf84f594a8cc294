// C11 threads: `thrd_create(...) != thrd_success` is the failure test (the
// enumerator is a constant to the analysis); a later error return leaks the
// thread, and the fix-it joins it with thrd_join, not pthread_join.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
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
        return -1;
    }
    int rc = server_loop(s);
    s->stop = 1;
    thrd_join(stats, NULL);
    return rc;
}

// CHECK: leak-create-ne-success.c:21:9: warning: thread 'stats' running 'stats_thread' is neither joined nor detached when 'server_run' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-ne-success.c:21:9: note: 'thrd_create(&stats, stats_thread, s) != thrd_success' is false
// CHECK-NEXT: leak-create-ne-success.c:25:9: note: 'server_bind(s) < 0' is true
// CHECK-NEXT: leak-create-ne-success.c:27:9: note: 'server_run' returns here with 'stats' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-ne-success.c":{27:9-27:9}:"thrd_join(stats, NULL);\n        "
