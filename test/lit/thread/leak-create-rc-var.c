// `rc = pthread_create(...); if (rc)`: the result travels through a local.
// The failure branch is clean; the config error after it is not.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
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
    if (cache_load_config(c, path) < 0) {
        c->quit = 1;
#ifdef FIXED
        pthread_join(ev, NULL);
#endif
        return -1;
    }
    c->quit = 1;
    pthread_join(ev, NULL);
    return 0;
}
// CHECK: leak-create-rc-var.c:23:10: warning: thread 'ev' running 'evictor' is neither joined nor detached when 'cache_open' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-rc-var.c:24:9: note: 'rc' is false
// CHECK-NEXT: leak-create-rc-var.c:28:9: note: 'cache_load_config(c, path) < 0' is true
// CHECK-NEXT: leak-create-rc-var.c:33:9: note: 'cache_open' returns here with 'ev' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-rc-var.c":{33:9-33:9}:"pthread_join(ev, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
