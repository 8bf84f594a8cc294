// stop_worker(&w) already joins w->tid; joining w.tid again afterwards is a
// double join seen through the callee's summary.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
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
    pthread_join(w.tid, NULL);
    return 0;
}

// CHECK: summary-stop-worker-double-join.c:32:5: warning: thread 'w.tid' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: summary-stop-worker-double-join.c:29:9: note: 'pthread_create(&w.tid, NULL, worker_main, &w) != 0' is false
// CHECK-NEXT: summary-stop-worker-double-join.c:31:5: note: 'w.tid' joined here (by 'stop_worker')
// CHECK-NEXT: fix-it:"{{.*}}summary-stop-worker-double-join.c":{32:5-32:31}:""
