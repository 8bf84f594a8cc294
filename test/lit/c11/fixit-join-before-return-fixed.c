// The hand-fixed twin of fixit-join-before-return.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <stdio.h>
#include <threads.h>

static int producer(void *arg) { return arg != NULL; }
int open_queue(const char *name);

int pump(const char *name) {
    thrd_t prod;
    if (thrd_create(&prod, producer, NULL) != thrd_success)
        return -1;
    int q = open_queue(name);
    if (q < 0) {
        fprintf(stderr, "cannot open %s\n", name);
        thrd_join(prod, NULL);
        return -1;
    }
    thrd_join(prod, NULL);
    return q;
}
