// A single exit through fall-through cleanup labels, the kernel style: the
// thread is joined under its own label, which is reached only when the
// create succeeded. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
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

out_thread:
    s->stop = 1;
    pthread_join(tx, NULL);
out_buf:
    free(s->buf);
out_sock:
    close(s->sock);
    return rc;
}
