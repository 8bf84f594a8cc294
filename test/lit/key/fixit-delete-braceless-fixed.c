// The hand-fixed twin of fixit-delete-braceless.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

int prepare(void);

int with_key(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL))
        return -1;
    if (prepare() < 0) {
        pthread_key_delete(k);
        return -2;
    }
    pthread_key_delete(k);
    return 0;
}
