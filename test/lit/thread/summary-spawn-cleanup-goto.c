// spawn(&t) followed by goto-based cleanup that joins on every path.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static void *poller(void *arg) { return arg; }
int open_device(const char *path);
int configure(int fd);

static int spawn(pthread_t *out) {
    return pthread_create(out, NULL, poller, NULL);
}

int start(const char *path) {
    pthread_t t;
    int fd = -1;
    if (spawn(&t) != 0)
        return -1;
    fd = open_device(path);
    if (fd < 0)
        goto join;
    if (configure(fd) < 0)
        fd = -1;
join:
    pthread_join(t, NULL);
    return fd;
}
