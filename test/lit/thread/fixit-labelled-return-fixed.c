// The hand-fixed twin of fixit-labelled-return.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }
int setup(void);
int load(void);

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (setup() < 0)
        goto fail;
    if (load() < 0)
        goto fail;
    pthread_join(t, NULL);
    return 0;
fail:
    pthread_join(t, NULL);
    return -1;
}
