// --checks can turn the rule off.
// RUN: %threadlint --no-source --checks=-pthread.CleanupMisuse %s 2>&1 | count 0
#include <pthread.h>

static void release(void *p) { (void)p; }

int update(void *buf, int x) {
    pthread_cleanup_push(release, buf);
    if (x)
        return -1;
    pthread_cleanup_pop(1);
    return 0;
}
