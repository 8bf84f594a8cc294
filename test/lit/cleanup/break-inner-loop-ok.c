// break and continue inside the author's own loop or switch within the
// region bind to that loop or switch: nothing leaves the region.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void release(void *p) { (void)p; }
int next(void);

int scan(void *buf) {
    int seen = 0;
    pthread_cleanup_push(release, buf);
    for (;;) {
        int c = next();
        if (c < 0)
            break;
        switch (c) {
        case 0:
            continue;
        case 1:
            seen++;
            break;
        default:
            seen += 2;
            break;
        }
    }
    pthread_cleanup_pop(1);
    return seen;
}
