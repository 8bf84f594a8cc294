// stop_worker(&w) joins w->tid after it was already joined: JoinMisuse.
// The removal fix-it is documented for plain pthread_join/pthread_detach
// statements only; deleting the helper call also deletes its close().
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <unistd.h>

struct worker {
    pthread_t tid;
    int fd;
};

static void *worker_main(void *arg) { return arg; }

static void stop_worker(struct worker *w) {
    pthread_join(w->tid, NULL);
    close(w->fd);
}

int serve(int fd) {
    struct worker w;
    w.fd = fd;
    if (pthread_create(&w.tid, NULL, worker_main, &w) != 0)
        return -1;
    pthread_join(w.tid, NULL);
    stop_worker(&w);
    return 0;
}

// CHECK: fixit-none-remove-helper-call.c:26:5: warning: thread 'w.tid' is joined (by 'stop_worker') after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: fixit-none-remove-helper-call.c:23:9: note: 'pthread_create(&w.tid, NULL, worker_main, &w) != 0' is false
// CHECK-NEXT: fixit-none-remove-helper-call.c:25:5: note: 'w.tid' joined here
