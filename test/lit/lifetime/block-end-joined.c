// Twin of block-end-break.c: the thread is joined before 'break' leaves
// the block.
// RUN: %threadlint --no-source %s | count 0
#include <pthread.h>

void *poller(void *arg);
int next_fd(void);

void poll_once(void) {
    for (;;) {
        int fd = next_fd();
        pthread_t t;
        if (pthread_create(&t, NULL, poller, &fd) != 0)
            continue;
        pthread_join(t, NULL);
        break;
    }
}
