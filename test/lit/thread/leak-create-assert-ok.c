// `assert(rc == 0)`: glibc's assert calls the noreturn __assert_fail on
// failure. The second assert fires with the thread running, which ends the
// process; the path that returns joins. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <assert.h>
#include <pthread.h>
#include <unistd.h>

struct pipe_pair { int rfd, wfd; };

static void *pump(void *arg) {
    struct pipe_pair *p = arg;
    char buf[256];
    ssize_t n;
    while ((n = read(p->rfd, buf, sizeof buf)) > 0)
        (void)write(p->wfd, buf, (size_t)n);
    return NULL;
}

int relay(struct pipe_pair *p) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, pump, p);
    assert(rc == 0);
    assert(p->rfd != p->wfd);
    pthread_join(t, NULL);
    return 0;
}
