// A key delete whose failure is tested: where it failed the key still
// exists, so deleting it again there is no double delete.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

int scratch_key_roundtrip(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    int rc = pthread_key_delete(k);
    if (rc != 0) {
        fprintf(stderr, "key delete: %d\n", rc);
        pthread_key_delete(k);
        return -1;
    }
    return 0;
}

void drop_key(pthread_key_t k) {
    if (pthread_key_delete(k) != 0)
        pthread_key_delete(k);
}
