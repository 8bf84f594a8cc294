// The silent twin of misuse-delete-value-set.c: each function frees the
// value itself, before the delete or (through the local that still holds
// it) after.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

void consume(void);

int scratch(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

int scratch_local(const char *name) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    char *copy = strdup(name);
    if (!copy) {
        pthread_key_delete(k);
        return -1;
    }
    pthread_setspecific(k, copy);
    consume();
    pthread_key_delete(k);
    free(copy);
    return 0;
}

int scratch_peek(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, calloc(1, 64));
    void *now = pthread_getspecific(k);
    if (!now) {
        pthread_key_delete(k);
        return -1;
    }
    consume();
    free(now);
    pthread_key_delete(k);
    return 0;
}
