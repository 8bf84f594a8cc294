// The plain pattern: create, do some work meanwhile, join. Nothing to
// report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <string.h>

struct digest { const unsigned char *data; size_t len; unsigned sum; };

static void *checksum(void *arg) {
    struct digest *d = arg;
    d->sum = 0;
    for (size_t i = 0; i < d->len; i++)
        d->sum = d->sum * 31u + d->data[i];
    return NULL;
}

int copy_and_checksum(unsigned char *dst, const unsigned char *src, size_t len, unsigned *sum) {
    pthread_t t;
    struct digest d = { src, len, 0 };
    int rc = pthread_create(&t, NULL, checksum, &d);
    if (rc != 0)
        return rc;
    memcpy(dst, src, len);
    pthread_join(t, NULL);
    *sum = d.sum;
    return 0;
}
