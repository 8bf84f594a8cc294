// A void function whose failure branch returns early (no thread) and which
// joins the thread on its last line before falling off the end. Nothing
// to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

struct cache { int dirty; int fd; };
void cache_compact(struct cache *c);

static void *writeback(void *arg) {
    struct cache *c = arg;
    c->dirty = 0;
    return NULL;
}

void cache_flush(struct cache *c) {
    pthread_t wb;
    if (pthread_create(&wb, NULL, writeback, c) != 0) {
        perror("writeback thread");
        writeback(c);
        return;
    }
    cache_compact(c);
    pthread_join(wb, NULL);
}
