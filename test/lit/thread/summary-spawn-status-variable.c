// The status of spawn(&t) kept in a variable: 'rc = spawn(&t); if (rc)
// return rc;' means no thread exists on the early return.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *poller(void *arg) { return arg; }
int open_device(const char *path);

static int spawn(pthread_t *out) {
    return pthread_create(out, NULL, poller, NULL);
}

int start(const char *path) {
    pthread_t t;
    int rc = spawn(&t);
    if (rc)
        return rc;
    int fd = open_device(path);
    pthread_join(t, NULL);
    return fd;
}
