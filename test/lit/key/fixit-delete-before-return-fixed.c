// The hand-fixed twin of fixit-delete-before-return.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

int open_log(const char *path);

int setup_log(const char *path) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    int fd = open_log(path);
    if (fd < 0) {
        fprintf(stderr, "cannot open %s\n", path);
        pthread_key_delete(k);
        return -1;
    }
    pthread_setspecific(k, &fd);
    pthread_key_delete(k);
    return fd;
}
