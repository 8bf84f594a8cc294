// The silent twin of getattr-np-leak.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#define _GNU_SOURCE
#include <pthread.h>
#include <stddef.h>

size_t my_stack_size(void) {
    pthread_attr_t attr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return 0;
    pthread_attr_getstacksize(&attr, &size);
    pthread_attr_destroy(&attr);
    return size;
}
