// The silent twin of pop-nested.c: each pop sits in the block of its
// push, with the condition or the loop inside the region (or the whole
// region inside it), and a label right before the pop, which glibc
// allows.  glibc and musl alike.
// RUN: %threadlint --no-source %s 2>&1 | count 0
// RUN: %threadlint --no-source -DMUSL %s 2>&1 | count 0
#ifdef MUSL
#include "Inputs/musl-cleanup.h"
#else
#include <pthread.h>
#endif

static void release(void *p) { (void)p; }

int under_if(int m, void *buf) {
    int x = 0;
    pthread_cleanup_push(release, buf);
    x++;
    pthread_cleanup_pop(m);
    return x;
}

int under_else(int m, void *buf) {
    int x = 0;
    if (m) {
        x++;
    } else {
        pthread_cleanup_push(release, buf);
        x--;
        pthread_cleanup_pop(0);
    }
    return x;
}

int under_while(int m, void *buf) {
    pthread_cleanup_push(release, buf);
    while (m-- > 0)
        if (m == 3)
            goto out;
out:
    pthread_cleanup_pop(0);
    return m;
}

int under_for(int m, void *buf) {
    int i;
    for (i = 0; i < m; i++) {
        pthread_cleanup_push(release, buf);
        m--;
        pthread_cleanup_pop(1);
    }
    return i;
}
