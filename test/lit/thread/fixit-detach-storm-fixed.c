// The hand-fixed twin of fixit-detach-storm.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

static void *handle(void *arg) {
    close((int)(long)arg);
    return NULL;
}

void serve_forever(int lfd) {
    pthread_t thread;
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        if (pthread_create(&thread, NULL, handle, (void *)(long)fd) == 0)
            pthread_detach(thread);
        else
            close(fd);
    }
}
