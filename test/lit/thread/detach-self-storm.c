// An accept loop that overwrites one handle with threads that detach
// themselves: nothing is lost.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

static void *handle(void *arg) {
    pthread_detach(pthread_self());
    close((int)(long)arg);
    return NULL;
}

void serve_forever(int lfd) {
    pthread_t thread;
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        if (pthread_create(&thread, NULL, handle, (void *)(long)fd) != 0)
            close(fd);
    }
}
