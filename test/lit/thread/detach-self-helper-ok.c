// The start routine detaches itself through a same-file helper handed
// pthread_self(): its creator needs neither join nor detach.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void release_thread(pthread_t self) {
    if (pthread_detach(self) != 0)
        perror("pthread_detach");
}

static void *announce(void *arg) {
    release_thread(pthread_self());
    puts(arg);
    free(arg);
    return NULL;
}

int announce_async(char *msg) {
    pthread_t t;
    if (pthread_create(&t, NULL, announce, msg) != 0) {
        free(msg);
        return -1;
    }
    return 0;
}
