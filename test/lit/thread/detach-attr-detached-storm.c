// An accept loop creating detached threads through one attribute.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

static void *handle(void *arg) {
    close((int)(long)arg);
    return NULL;
}

void serve_forever(int lfd) {
    pthread_attr_t attr;
    pthread_t thread;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        if (pthread_create(&thread, &attr, handle, (void *)(long)fd) != 0)
            close(fd);
    }
}
