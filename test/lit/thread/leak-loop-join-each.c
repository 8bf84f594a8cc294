// Create in a loop, each thread joined in the same iteration (one
// outstanding compression job at a time). Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stddef.h>

struct chunk { const char *in; size_t len; size_t out_len; };
size_t compress_chunk(const char *in, size_t len);

static void *compress_main(void *arg) {
    struct chunk *c = arg;
    c->out_len = compress_chunk(c->in, c->len);
    return NULL;
}

size_t compress_all(struct chunk *chunks, size_t n) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        pthread_t t;
        if (pthread_create(&t, NULL, compress_main, &chunks[i]) != 0) {
            compress_main(&chunks[i]);
        } else {
            pthread_join(t, NULL);
        }
        total += chunks[i].out_len;
    }
    return total;
}
