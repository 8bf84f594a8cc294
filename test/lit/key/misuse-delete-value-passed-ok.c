// Silent: the value set in the key is not the key's alone when the key is
// deleted: the local holding it is handed on, returned or stored, or the
// value read back is.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

void consume(void);
void keep(void *p);
void *cache;

int handed_on(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    char *buf = malloc(64);
    pthread_setspecific(k, buf);
    consume();
    pthread_key_delete(k);
    keep(buf);
    return 0;
}

char *returned(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return NULL;
    char *buf = malloc(64);
    pthread_setspecific(k, buf);
    consume();
    pthread_key_delete(k);
    return buf;
}

int read_back_and_stored(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    void *now = pthread_getspecific(k);
    cache = now;
    pthread_key_delete(k);
    return 0;
}
