// The thread made by spawn(&t) is used and joined only inside the success
// branch 'if (spawn(&t) == 0)'.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *poller(void *arg) { return arg; }
int open_device(const char *path);

static int spawn(pthread_t *out) {
    return pthread_create(out, NULL, poller, NULL);
}

int start(const char *path) {
    pthread_t t;
    if (spawn(&t) == 0) {
        int fd = open_device(path);
        pthread_join(t, NULL);
        return fd;
    }
    return -1;
}
