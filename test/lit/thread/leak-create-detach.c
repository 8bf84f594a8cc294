// Create then detach right away: a background thread nobody waits for.
// Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static void *log_rotator(void *arg) {
    const char *path = arg;
    for (;;) {
        sleep(3600);
        fprintf(stderr, "rotating %s\n", path);
    }
    return NULL;
}

int start_log_rotation(const char *path) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, log_rotator, (void *)path);
    if (rc != 0)
        return rc;
    pthread_detach(t);
    return 0;
}
