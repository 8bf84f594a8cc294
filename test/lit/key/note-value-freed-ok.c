// Silent: keys without a destructor whose value, when the function
// returns, is no longer memory only the key holds: freed and cleared, or
// handed on.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t probe_key, ctx_key;
void consume(void);
void remember(void *ctx);

int probe(void) {
    if (pthread_key_create(&probe_key, NULL) != 0)
        return -1;
    pthread_setspecific(probe_key, malloc(64));
    consume();
    free(pthread_getspecific(probe_key));
    pthread_setspecific(probe_key, NULL);
    return 0;
}

int context_init(void) {
    if (pthread_key_create(&ctx_key, NULL) != 0)
        return -1;
    char *ctx = malloc(64);
    pthread_setspecific(ctx_key, ctx);
    remember(ctx);
    return 0;
}
