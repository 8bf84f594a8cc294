// The hand-fixed twin of fixit-join-before-goto.c: join before the
// goto.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }
int setup(void);
int finish(void);

int run(void) {
    pthread_t t;
    int rc = -1;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (setup() < 0) {
        pthread_join(t, NULL);
        goto out;
    }
    pthread_join(t, NULL);
    rc = finish();
    if (rc < 0)
        goto out;
    rc = 0;
out:
    return rc;
}
