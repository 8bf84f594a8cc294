// A balanced deferred region.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#define _GNU_SOURCE
#include <pthread.h>

static void release(void *p) { (void)p; }

int deferred(void *buf, int x) {
    pthread_cleanup_push_defer_np(release, buf);
    x++;
    pthread_cleanup_pop_restore_np(1);
    return x;
}
