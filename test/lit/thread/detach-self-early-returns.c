// With a self-detaching start routine, error returns after the create need
// no join.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static void *uploader(void *arg) {
    pthread_detach(pthread_self());
    free(arg);
    return NULL;
}

int queue_upload(const char *path, int retries) {
    pthread_t t;
    char *copy = strdup(path);
    if (copy == NULL)
        return -1;
    if (pthread_create(&t, NULL, uploader, copy) != 0) {
        free(copy);
        return -1;
    }
    if (retries < 0)
        return -1;
    return 0;
}
