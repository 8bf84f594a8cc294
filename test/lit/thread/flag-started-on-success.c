// 'started = 1' only after a successful create, then 'if (started)
// pthread_join(...)': the flag correlates with the thread.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);

int run(int want_flusher) {
    pthread_t t;
    int started = 0;
    if (want_flusher) {
        if (pthread_create(&t, NULL, flusher, NULL) == 0)
            started = 1;
        else
            fprintf(stderr, "no flusher, continuing\n");
    }
    int rc = do_work();
    if (started)
        pthread_join(t, NULL);
    return rc;
}
