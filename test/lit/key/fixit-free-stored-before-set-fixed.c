// The hand-fixed twin of fixit-free-stored-before-set.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

struct ctx {
    pthread_key_t key;
};

void consume(void);
int more(void);

int resize(struct ctx *c, int n) {
    if (pthread_key_create(&c->key, free) != 0)
        return -1;
    pthread_setspecific(c->key, malloc(16));
    consume();
    free(pthread_getspecific(c->key));
    pthread_setspecific(c->key, malloc(n));
    return 0;
}

int grow(void) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    tss_set(k, malloc(64));
    if (more()) {
        consume();
        free(tss_get(k));
        tss_set(k, malloc(128));
    }
    free(tss_get(k));
    tss_delete(k);
    return 0;
}
