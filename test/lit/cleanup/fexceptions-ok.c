// With -fexceptions glibc builds the region on a cleanup attribute, which
// runs the handler on every exit from the scope: a return is harmless.
// RUN: %threadlint --no-source %s -- -fexceptions 2>&1 | count 0
#include <pthread.h>

static void release(void *p) { (void)p; }

int guarded(void *buf, int x) {
    pthread_cleanup_push(release, buf);
    if (x)
        return -1;
    pthread_cleanup_pop(1);
    return 0;
}
