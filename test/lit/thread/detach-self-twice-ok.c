// A start routine that detaches itself once on each path: on the error
// path before it gives up, otherwise at the start of the real work.  C11
// threads alike.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

int fetch(const char *url);

static void *downloader(void *arg) {
    if (fetch(arg) != 0) {
        pthread_detach(pthread_self());
        free(arg);
        return NULL;
    }
    pthread_detach(pthread_self());
    free(arg);
    return NULL;
}

static int c11_downloader(void *arg) {
    if (fetch(arg) != 0)
        thrd_detach(thrd_current());
    else
        thrd_detach(thrd_current());
    free(arg);
    return 0;
}
