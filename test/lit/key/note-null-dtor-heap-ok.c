// The silent twin of note-null-dtor-heap.c: the keys free their values
// with a destructor when a thread exits.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

static pthread_key_t buf_key;
static tss_t name_key;

int buffers_init(int big) {
    if (pthread_key_create(&buf_key, free) != 0)
        return -1;
    if (big)
        pthread_setspecific(buf_key, malloc(4096));
    else
        pthread_setspecific(buf_key, malloc(64));
    return 0;
}

int names_init(void) {
    if (tss_create(&name_key, free) != thrd_success)
        return -1;
    char *name = calloc(1, 16);
    if (!name)
        return -1;
    tss_set(name_key, name);
    return 0;
}
