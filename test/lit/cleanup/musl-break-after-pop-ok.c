// musl: a region per iteration, break after the pop.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include "Inputs/musl-cleanup.h"

static void release(void *p) { (void)p; }
int poll_once(int i);

void drain(void *buf, int n) {
    for (int i = 0; i < n; i++) {
        int rc;
        pthread_cleanup_push(release, buf);
        rc = poll_once(i);
        pthread_cleanup_pop(0);
        if (rc < 0)
            break;
    }
}
