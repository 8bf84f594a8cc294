// Silent: a helper defined in the file deletes the key, and a helper may
// free the value first (this one does).
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

void consume(void);

static void drop_key(pthread_key_t key) {
    free(pthread_getspecific(key));
    pthread_key_delete(key);
}

int by_helper(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    drop_key(k);
    return 0;
}
