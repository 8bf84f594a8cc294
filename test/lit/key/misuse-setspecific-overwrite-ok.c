// The silent twin of misuse-setspecific-overwrite.c: the old value is freed.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

void consume(void);

int two_buffers(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    void *old = pthread_getspecific(k);
    if (old) {
        pthread_setspecific(k, malloc(128));
        free(old);
    }
    consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}
