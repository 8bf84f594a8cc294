// Nested regions popped in order.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void release(void *p) { (void)p; }

int nested(void *a, void *b, int x) {
    pthread_cleanup_push(release, a);
    pthread_cleanup_push(release, b);
    x++;
    pthread_cleanup_pop(1);
    x++;
    pthread_cleanup_pop(1);
    return x;
}
