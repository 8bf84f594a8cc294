// The silent twin of leak-local.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

int run_with_scratch(void) {
    pthread_key_t scratch;
    if (pthread_key_create(&scratch, free) != 0)
        return -1;
    pthread_setspecific(scratch, malloc(4096));
    free(pthread_getspecific(scratch));
    pthread_setspecific(scratch, NULL);
    pthread_key_delete(scratch);
    return 0;
}
