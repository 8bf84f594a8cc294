// The join sits inside the success branch of the create only.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static void *work(void *arg) { return arg; }

void run(void) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, work, NULL);
    if (rc == 0) {
        pthread_join(t, NULL);
    } else {
        fprintf(stderr, "create: %s\n", strerror(rc));
    }
}
