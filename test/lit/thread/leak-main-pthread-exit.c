// `main` ends with pthread_exit(NULL): the process lives on until the
// acceptor thread finishes. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static void *acceptor(void *arg) {
    int lfd = *(int *)arg;
    for (;;) {
        int c = accept(lfd, NULL, NULL);
        if (c >= 0)
            close(c);
    }
    return NULL;
}

int main(int argc, char **argv) {
    (void)argc;
    pthread_t t;
    static int lfd;
    lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0) {
        perror("socket");
        return 1;
    }
    if (pthread_create(&t, NULL, acceptor, &lfd) != 0) {
        perror("pthread_create");
        return 1;
    }
    printf("%s: serving\n", argv[0]);
    pthread_exit(NULL);
}
