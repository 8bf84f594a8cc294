// Error paths jumping into a chain of cleanup labels that fall through to
// each other: the labels free the buffer and close the socket, but none of
// them stops the sender thread started before the jumps.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

struct session { int sock; char *buf; volatile int stop; };
int session_auth(struct session *s);
int session_run(struct session *s);

static void *sender(void *arg) {
    struct session *s = arg;
    while (!s->stop)
        (void)send(s->sock, "ping", 4, 0);
    return NULL;
}

int session_open(struct session *s) {
    pthread_t tx;
    int rc = -1;

    s->sock = socket(AF_INET, SOCK_STREAM, 0);
    if (s->sock < 0)
        return -1;
    s->buf = malloc(4096);
    if (!s->buf)
        goto out_sock;
    if (pthread_create(&tx, NULL, sender, s) != 0)
        goto out_buf;
    if (session_auth(s) < 0)
        goto out_thread;
    rc = session_run(s);
    s->stop = 1;
    pthread_join(tx, NULL);
    free(s->buf);
    close(s->sock);
    return rc;

out_thread:
    s->stop = 1;
#ifdef FIXED
    pthread_join(tx, NULL);
#endif
out_buf:
    free(s->buf);
out_sock:
    close(s->sock);
    return -1;
}
// CHECK: leak-goto-chain.c:32:9: warning: thread 'tx' running 'sender' is neither joined nor detached when 'session_open' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-goto-chain.c:32:9: note: 'pthread_create(&tx, NULL, sender, s) != 0' is false
// CHECK-NEXT: leak-goto-chain.c:34:9: note: 'session_auth(s) < 0' is true
// CHECK-NEXT: leak-goto-chain.c:52:5: note: 'session_open' returns here with 'tx' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-goto-chain.c":{48:1-48:1}:"    pthread_join(tx, NULL);\n"
// CHECK-NEXT: 1 warning generated.
