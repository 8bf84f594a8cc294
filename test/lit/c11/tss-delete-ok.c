// tss_create, tss_set / tss_get, then tss_delete on every path: nothing to
// report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <stdio.h>
#include <stdlib.h>
#include <threads.h>

int open_log(const char *path);

int setup_log(const char *path) {
    tss_t k;
    if (tss_create(&k, free) != thrd_success)
        return -1;
    int fd = open_log(path);
    if (fd < 0) {
        fprintf(stderr, "cannot open %s\n", path);
        tss_delete(k);
        return -1;
    }
    tss_set(k, &fd);
    int *seen = tss_get(k);
    tss_delete(k);
    return seen ? *seen : fd;
}
