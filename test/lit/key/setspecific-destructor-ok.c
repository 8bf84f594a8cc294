// The silent twin of misuse-set-destructor.c: the key has a destructor,
// and the function still frees what it replaces or drops itself; a lazily
// created value is only set when the one read back is NULL.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

void consume(void);

int replace_read_back(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, free) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
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

int delete_holding(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, free) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

int delete_holding_c11(void) {
    tss_t k;
    if (tss_create(&k, free) != thrd_success)
        return -1;
    char *buf = calloc(1, 64);
    tss_set(k, buf);
    consume();
    tss_delete(k);
    free(buf);
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
