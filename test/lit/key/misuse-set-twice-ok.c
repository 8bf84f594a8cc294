// The silent twin of misuse-set-twice.c: the value a set replaces is freed
// first, read back and freed after, handed on, the same local set again,
// or never stored (the set that stored it failed, as its tested result
// says); a set of NULL after the value was freed loses nothing.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

void consume(void);
void remember(void *name);
static pthread_key_t name_key;

int resize(int n) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(16));
    consume();
    free(pthread_getspecific(k));
    pthread_setspecific(k, malloc(n));
    consume();
    void *last = pthread_getspecific(k);
    pthread_setspecific(k, NULL);
    free(last);
    pthread_key_delete(k);
    return 0;
}

int name_init(const char *first, const char *second) {
    if (pthread_key_create(&name_key, free) != 0)
        return -1;
    char *name = strdup(first);
    pthread_setspecific(name_key, name);
    remember(name);
    if (second)
        pthread_setspecific(name_key, strdup(second));
    return 0;
}

int again(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, free) != 0)
        return -1;
    char *buf = malloc(16);
    pthread_setspecific(k, buf);
    consume();
    pthread_setspecific(k, buf);
    consume();
    free(pthread_getspecific(k));
    pthread_setspecific(k, NULL);
    pthread_key_delete(k);
    return 0;
}

int clear(void) {
    tss_t k;
    if (tss_create(&k, free) != thrd_success)
        return -1;
    if (tss_set(k, malloc(16)) != thrd_success) {
        tss_set(k, NULL);
        tss_delete(k);
        return -1;
    }
    consume();
    free(tss_get(k));
    tss_set(k, NULL);
    tss_delete(k);
    return 0;
}

int each_turn(int n) {
    pthread_key_t k;
    if (pthread_key_create(&k, free) != 0)
        return -1;
    for (int i = 0; i < n; i++) {
        free(pthread_getspecific(k));
        pthread_setspecific(k, calloc(1, 16));
        consume();
    }
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}
