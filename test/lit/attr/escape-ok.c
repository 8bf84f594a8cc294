// Attributes that leave the function are someone else's to destroy: stored
// in a struct the caller owns, or handed to a function in another file.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

struct pool { pthread_attr_t attr; int n; };
void pool_keep_attr(pthread_attr_t *attr);

int pool_init(struct pool *p) {
    p->n = 0;
    return pthread_attr_init(&p->attr);
}

int pool_init_elsewhere(void) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    pool_keep_attr(&attr);
    return 0;
}
