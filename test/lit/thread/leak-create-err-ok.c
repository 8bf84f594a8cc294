// BSD `errx(1, ...)` on create failure and `err(2, ...)` on a later error
// (with the watcher running) never return; the success path joins.
// Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <err.h>
#include <pthread.h>
#include <unistd.h>

static volatile int done;

static void *watcher(void *arg) {
    const char *dir = arg;
    while (!done)
        (void)access(dir, F_OK);
    return NULL;
}

int watch_dir(const char *dir) {
    pthread_t w;
    int rc = pthread_create(&w, NULL, watcher, (void *)dir);
    if (rc != 0)
        errx(1, "pthread_create: error %d", rc);
    if (access(dir, R_OK) != 0)
        err(2, "%s", dir);
    sleep(1);
    done = 1;
    pthread_join(w, NULL);
    return 0;
}
