// 'rc = pthread_create(...); if (rc) { log; return; }' then join: the join
// only runs when the create succeeded.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, work, NULL);
    if (rc) {
        fprintf(stderr, "create: %s\n", strerror(rc));
        return -1;
    }
    return pthread_join(t, NULL);
}
