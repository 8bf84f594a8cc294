// A bool flag set on success, checked at a shared cleanup label reached by
// goto from an error path and by fall-through.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);

int run(void) {
    pthread_t t;
    bool started = false;
    int rc = -1;
    if (pthread_create(&t, NULL, flusher, NULL) == 0)
        started = true;
    if (do_work() < 0)
        goto out;
    puts("done");
    rc = 0;
out:
    if (started)
        pthread_join(t, NULL);
    return rc;
}
