// `rc = pthread_create(...); if (rc)` returning on failure, join on every
// path afterwards. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <string.h>
#include <stdio.h>

struct cache { int nentries; volatile int quit; };
int cache_load_config(struct cache *c, const char *path);

static void *evictor(void *arg) {
    struct cache *c = arg;
    while (!c->quit)
        c->nentries /= 2;
    return NULL;
}

int cache_open(struct cache *c, const char *path) {
    pthread_t ev;
    int rc;

    rc = pthread_create(&ev, NULL, evictor, c);
    if (rc) {
        fprintf(stderr, "evictor: %s\n", strerror(rc));
        return -1;
    }
    rc = cache_load_config(c, path);
    c->quit = 1;
    pthread_join(ev, NULL);
    return rc;
}
