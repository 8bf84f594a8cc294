// Silent: the key has a destructor, and a lazily created value is only
// set when the one read back is NULL.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

void consume(void);

int with_destructor(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, free) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    void *old = pthread_getspecific(k);
    if (old)
        pthread_setspecific(k, malloc(128));
    consume();
    pthread_key_delete(k);
    return 0;
}

int lazy(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    void *old = pthread_getspecific(k);
    if (!old)
        pthread_setspecific(k, malloc(128));
    consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}
