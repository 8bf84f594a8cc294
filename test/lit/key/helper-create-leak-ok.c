// The silent twin of helper-create-leak.c: a helper deletes it.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

void consume(void);

static int make_key(pthread_key_t *out) { return pthread_key_create(out, free); }
static void drop_key(pthread_key_t *k) { pthread_key_delete(*k); }

int job(void) {
    pthread_key_t k;
    if (make_key(&k) != 0)
        return -1;
    pthread_setspecific(k, malloc(16));
    consume();
    drop_key(&k);
    return 0;
}
