// `if (rc) { perror(...); exit(1); }` ends the process on the failure
// branch; a later fatal error exits with the thread running, which ends
// the process too (exit is noreturn); the only return joins. Nothing to
// report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int serve(int port);
static volatile int running = 1;

static void *heartbeat(void *arg) {
    (void)arg;
    while (running)
        sleep(1);
    return NULL;
}

int start_daemon(int port) {
    pthread_t hb;
    int rc;

    rc = pthread_create(&hb, NULL, heartbeat, NULL);
    if (rc) {
        perror("pthread_create");
        exit(1);
    }
    rc = serve(port);
    if (rc < 0) {
        perror("serve");
        exit(2);
    }
    running = 0;
    pthread_join(hb, NULL);
    return rc;
}
