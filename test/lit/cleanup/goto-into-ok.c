// The silent twin of goto-into.c: the gotos land before the push or after
// the pop, so every entry to the region passes its push.  glibc and musl.
// RUN: %threadlint --no-source %s 2>&1 | count 0
// RUN: %threadlint --no-source -DMUSL %s 2>&1 | count 0
#ifdef MUSL
#include "Inputs/musl-cleanup.h"
#else
#include <pthread.h>
#endif

static void release(void *p) { (void)p; }
int step(void);

int skip_push(int fd, void *buf) {
    int n = 0;
    if (fd < 0)
        goto done;
    pthread_cleanup_push(release, buf);
    n = step();
    pthread_cleanup_pop(1);
done:
    return n;
}

int back_in(void *buf) {
    int n = 0;
again:
    pthread_cleanup_push(release, buf);
    n += step();
    pthread_cleanup_pop(0);
    if (n < 10)
        goto again;
    return n;
}
