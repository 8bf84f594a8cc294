// Silent: the value is read back before the delete and freed after it;
// the delete loses nothing.  POSIX and C11 keys.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

void consume(void);

int teardown(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    void *last = pthread_getspecific(k);
    pthread_key_delete(k);
    free(last);
    return 0;
}

int teardown_c11(void) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    tss_set(k, malloc(64));
    consume();
    void *last = tss_get(k);
    tss_delete(k);
    free(last);
    return 0;
}
