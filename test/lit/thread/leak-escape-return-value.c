// The handle is returned by value: the caller joins it. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct upload { const char *path; int status; };

static void *upload_main(void *arg) {
    struct upload *u = arg;
    u->status = 0;
    return NULL;
}

pthread_t upload_async(struct upload *u) {
    pthread_t t;
    if (pthread_create(&t, NULL, upload_main, u) != 0) {
        perror("upload thread");
        abort();
    }
    return t;
}
