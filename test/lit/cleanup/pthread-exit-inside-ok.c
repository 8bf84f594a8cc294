// pthread_exit inside the region is how the handler is meant to run;
// exit() and abort() end the process.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static void release(void *p) { free(p); }

void *worker(void *arg) {
    char *buf = malloc(32);
    pthread_cleanup_push(release, buf);
    if (!arg)
        pthread_exit(NULL);
    if (arg == buf)
        exit(1);
    if (!buf)
        abort();
    pthread_cleanup_pop(1);
    return arg;
}
