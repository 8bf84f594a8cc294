// The hand-fixed twin of fixit-free-before-set.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

void consume(void);
int more(void);

int two_buffers(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    void *old = pthread_getspecific(k);
    free(old);
    pthread_setspecific(k, malloc(128));
    consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

int grow(void) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    tss_set(k, malloc(64));
    void *old = tss_get(k);
    if (more()) {
        consume();
        free(old);
        tss_set(k, malloc(128));
    }
    free(tss_get(k));
    tss_delete(k);
    return 0;
}
