// spawn(&t) creates into its out-parameter and returns the pthread_create
// status; the caller checks it and joins on every later path.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *poller(void *arg) { return arg; }
int open_device(const char *path);

static int spawn(pthread_t *out) {
    return pthread_create(out, NULL, poller, NULL);
}

int start(const char *path) {
    pthread_t t;
    if (spawn(&t) != 0)
        return -1;
    int fd = open_device(path);
    if (fd < 0) {
        pthread_join(t, NULL);
        return -1;
    }
    pthread_join(t, NULL);
    return fd;
}
