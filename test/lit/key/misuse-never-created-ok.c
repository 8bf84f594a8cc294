// The silent twin of misuse-never-created.c; a key handed in by the caller
// is the caller's to know about.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

void job(void *ctx) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return;
    pthread_setspecific(k, ctx);
    pthread_key_delete(k);
}

void job_with(pthread_key_t k, void *ctx) {
    pthread_setspecific(k, ctx);
    pthread_key_delete(k);
}
