// No join at the end of a goto's labelled code where that could be wrong:
// the thread is told to stop only after the next label; a goto from before
// the create reaches the same label; the labelled code hands the thread to
// a helper.  And no removal of a join of a thread whose routine detaches
// itself only on some paths: on the others the join is what releases it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

struct session { int sock; char *buf; volatile int stop; };
int session_auth(struct session *s);

static void name_thread(pthread_t t, const char *name) {
    (void)t;
    (void)name;
}

static void *sender(void *arg) {
    struct session *s = arg;
    while (!s->stop)
        (void)write(s->sock, "ping", 4);
    return NULL;
}

int stop_after_next_label(struct session *s) {
    pthread_t tx;
    s->buf = malloc(64);
    if (!s->buf)
        return -1;
    if (pthread_create(&tx, NULL, sender, s) != 0)
        goto out_buf;
    if (session_auth(s) < 0)
        goto out_thread;
    s->stop = 1;
    pthread_join(tx, NULL);
    free(s->buf);
    return 0;
out_thread:
    close(s->sock);
out_buf:
    s->stop = 1;
    free(s->buf);
    return -1;
}

int goto_before_create(struct session *s) {
    pthread_t tx;
    s->buf = malloc(64);
    if (!s->buf)
        goto out_thread;
    if (pthread_create(&tx, NULL, sender, s) != 0)
        goto out_buf;
    if (session_auth(s) < 0)
        goto out_thread;
    s->stop = 1;
    pthread_join(tx, NULL);
    free(s->buf);
    return 0;
out_thread:
    s->stop = 1;
out_buf:
    free(s->buf);
    return -1;
}

int helper_sees_thread(struct session *s) {
    pthread_t tx;
    s->buf = malloc(64);
    if (!s->buf)
        return -1;
    if (pthread_create(&tx, NULL, sender, s) != 0)
        goto out_buf;
    if (session_auth(s) < 0)
        goto out_thread;
    s->stop = 1;
    pthread_join(tx, NULL);
    free(s->buf);
    return 0;
out_thread:
    s->stop = 1;
    name_thread(tx, "sender");
out_buf:
    free(s->buf);
    return -1;
}

static void *maybe_detached(void *arg) {
    if (!arg) {
        pthread_detach(pthread_self());
        return NULL;
    }
    free(arg);
    return NULL;
}

int join_sometimes_detached(void *arg) {
    pthread_t t;
    if (pthread_create(&t, NULL, maybe_detached, arg) != 0)
        return -1;
    pthread_join(t, NULL);
    return 0;
}
// CHECK: {{.*}}fixit-none-label-chain.c:31:9: warning: thread 'tx' running 'sender' is neither joined nor detached when 'stop_after_next_label' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:31:9: note: 'pthread_create(&tx, NULL, sender, s) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:33:9: note: 'session_auth(s) < 0' is true
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:44:5: note: 'stop_after_next_label' returns here with 'tx' still joinable
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:52:9: warning: thread 'tx' running 'sender' is neither joined nor detached when 'goto_before_create' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:52:9: note: 'pthread_create(&tx, NULL, sender, s) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:54:9: note: 'session_auth(s) < 0' is true
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:64:5: note: 'goto_before_create' returns here with 'tx' still joinable
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:72:9: warning: thread 'tx' running 'sender' is neither joined nor detached when 'helper_sees_thread' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:72:9: note: 'pthread_create(&tx, NULL, sender, s) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:74:9: note: 'session_auth(s) < 0' is true
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:85:5: note: 'helper_sees_thread' returns here with 'tx' still joinable
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:101:5: warning: thread 't' is joined but 'maybe_detached' detaches itself [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}fixit-none-label-chain.c:99:9: note: 'pthread_create(&t, NULL, maybe_detached, arg) != 0' is false
// CHECK-NEXT: 4 warnings generated.
