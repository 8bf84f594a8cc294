// Falling off the end of a void function: the write-back thread is started
// and the function ends without joining or detaching it. The function
// never joins the handle anywhere, so no join fix-it is offered: the
// fix-it detaches it where the tested create is known to have succeeded.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source -DFIXED %s | count 0
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
#ifdef FIXED
    pthread_join(wb, NULL);
#endif
}
// CHECK: leak-void-falloff.c:21:9: warning: thread 'wb' running 'writeback' is neither joined nor detached when 'cache_flush' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-void-falloff.c:21:9: note: 'pthread_create(&wb, NULL, writeback, c) != 0' is false
// CHECK-NEXT: leak-void-falloff.c:30:1: note: 'cache_flush' returns here with 'wb' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{26:5-26:5}:"pthread_detach(wb);\n    "
// CHECK-NEXT: 1 warning generated.
