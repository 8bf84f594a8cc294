// The silent twin of misuse-double-delete.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

int step(void);

int job(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    int rc = step();
    if (rc < 0)
        pthread_key_delete(k);
    else
        pthread_key_delete(k);
    return rc;
}
