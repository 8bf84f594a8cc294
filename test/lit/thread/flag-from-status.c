// The flag is computed from the create status: 'bool started = rc == 0'.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdbool.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);

int run(void) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, flusher, NULL);
    bool started = rc == 0;
    int w = do_work();
    if (started)
        pthread_join(t, NULL);
    return w;
}
