// glibc allows a label right before the pop; a goto to it stays inside
// the region, and so does a backward goto that loops inside it.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void release(void *p) { (void)p; }

int work(int n) {
    int tries = 0;
    pthread_cleanup_push(release, NULL);
again:
    if (++tries < n)
        goto again;
    if (n > 100)
        goto done;
    tries *= 2;
done:
    pthread_cleanup_pop(0);
    return tries;
}
