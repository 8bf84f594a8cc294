// The silent twin of misuse-create-failed.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

void compute(void);

int job(void *ctx) {
    pthread_key_t k;
    int rc = pthread_key_create(&k, NULL);
    if (rc != 0) {
        compute();
        return rc;
    }
    pthread_setspecific(k, ctx);
    compute();
    pthread_key_delete(k);
    return rc;
}
