// The create's failure is logged and the function returns before the
// handle is released on either path.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

static void *scan(void *arg) { return arg; }

int scan_dir(const char *dir, int wait) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, scan, (void *)dir);
    if (rc != 0) {
        fprintf(stderr, "scan %s: cannot start (%d)\n", dir, rc);
        return rc;
    }
    if (wait)
        pthread_join(t, NULL);
    else
        pthread_detach(t);
    return rc;
}
