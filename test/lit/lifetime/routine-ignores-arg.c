// Twin of routine-reads-arg.c: start routines defined here that never read
// their argument (only `(void)arg`, or not at all) cannot outlive it.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>
#include <stdio.h>

static void *ticker(void *arg) {
    (void)arg;
    for (;;)
        printf("tick\n");
    return NULL;
}

static void *idler(void *arg) {
    for (;;)
        ; /* arg: a mention in a comment is no read */
    return NULL;
}

int start_ticker(void) {
    pthread_t t;
    int n = 1;
    if (pthread_create(&t, NULL, ticker, &n) != 0)
        return -1;
    pthread_detach(t);
    if (pthread_create(&t, NULL, idler, &n) != 0)
        return -1;
    pthread_detach(t);
    return 0;
}
