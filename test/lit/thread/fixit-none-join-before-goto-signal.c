// The leaking path jumps to a label after which the thread is told to stop
// ('s->stop = 1'): a join moved before the goto would wait for a thread
// nobody stops yet, and a join at the shared return would join twice, so
// no fix-it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

struct session {
    volatile int stop;
};

static void *sender(void *arg) {
    struct session *s = arg;
    while (!s->stop)
        ;
    return NULL;
}
int session_auth(struct session *s);

int session_open(struct session *s) {
    pthread_t tx;
    int rc = -1;
    if (pthread_create(&tx, NULL, sender, s) != 0)
        return -1;
    if (session_auth(s) < 0)
        goto out;
    s->stop = 1;
    pthread_join(tx, NULL);
    rc = 0;
out:
    s->stop = 1;
    return rc;
}

// CHECK: fixit-none-join-before-goto-signal.c:23:9: warning: thread 'tx' running 'sender' is neither joined nor detached when 'session_open' returns [pthread.ThreadLeak]
// CHECK-NEXT: fixit-none-join-before-goto-signal.c:23:9: note: 'pthread_create(&tx, NULL, sender, s) != 0' is false
// CHECK-NEXT: fixit-none-join-before-goto-signal.c:25:9: note: 'session_auth(s) < 0' is true
// CHECK-NEXT: fixit-none-join-before-goto-signal.c:32:5: note: 'session_open' returns here with 'tx' still joinable
