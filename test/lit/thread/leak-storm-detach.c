// The fixed accept loop: each successful create is detached right away,
// fire and forget. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

static void *handle(void *arg) {
    int fd = (int)(long)arg;
    char buf[1024];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0)
        (void)write(fd, buf, (size_t)n);
    close(fd);
    return NULL;
}

void serve_forever(int lfd) {
    pthread_t t;
    while (1) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        if (pthread_create(&t, NULL, handle, (void *)(long)fd) == 0)
            pthread_detach(t);
        else
            close(fd);
    }
}
