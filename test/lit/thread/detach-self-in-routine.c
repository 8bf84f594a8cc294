// The start routine, in the same file, calls pthread_detach(pthread_self()):
// the creator needs neither join nor detach.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *announce(void *arg) {
    pthread_detach(pthread_self());
    puts(arg);
    free(arg);
    return NULL;
}

int report(char *msg) {
    pthread_t t;
    if (pthread_create(&t, NULL, announce, msg) != 0) {
        free(msg);
        return -1;
    }
    return 0;
}
