// The silent twin of misuse-use-after-delete.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

void *probe(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return NULL;
    pthread_setspecific(k, "x");
    void *v = pthread_getspecific(k);
    pthread_key_delete(k);
    return v;
}
