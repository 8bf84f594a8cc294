// `bad_args || pthread_create(...) != 0`: the shared error return has no
// thread on either operand; the rest joins. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

struct download { const char *url; int done; int timeout; };

static void *fetcher(void *arg) {
    struct download *d = arg;
    d->done = 1;
    return NULL;
}

int download(struct download *d) {
    pthread_t t;
    if (d->url == NULL || pthread_create(&t, NULL, fetcher, d) != 0)
        return -1;
    pthread_join(t, NULL);
    return d->done ? 0 : -2;
}
