// Balanced musl regions, pthread_exit inside one, a loop inside another.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include "Inputs/musl-cleanup.h"

static void release(void *p) { (void)p; }
int next(void);

int scan(void *buf) {
    int seen = 0;
    pthread_cleanup_push(release, buf);
    while (next() > 0) {
        if (++seen > 10)
            break;
    }
    pthread_cleanup_pop(1);
    return seen;
}

void *worker(void *buf) {
    pthread_cleanup_push(release, buf);
    if (!buf)
        pthread_exit(NULL);
    pthread_cleanup_pop(1);
    return NULL;
}
