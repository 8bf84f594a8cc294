// `if (rc != 0) abort();`: abort ends the failure path. The shutdown path
// that forgets the join is what leaks.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdlib.h>

struct ring { unsigned head, tail; volatile int closed; };
int ring_drain(struct ring *r);

static void *consumer(void *arg) {
    struct ring *r = arg;
    while (!r->closed)
        r->tail = r->head;
    return NULL;
}

int ring_pump(struct ring *r, int fast) {
    pthread_t c;
    int rc = pthread_create(&c, NULL, consumer, r);
    if (rc != 0)
        abort();
    if (fast) {
        r->closed = 1;
#ifdef FIXED
        pthread_detach(c);
#endif
        return 0;
    }
    rc = ring_drain(r);
    r->closed = 1;
    pthread_join(c, NULL);
    return rc;
}
// CHECK: leak-create-abort.c:20:14: warning: thread 'c' running 'consumer' is neither joined nor detached when 'ring_pump' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-abort.c:21:9: note: 'rc != 0' is false
// CHECK-NEXT: leak-create-abort.c:23:9: note: 'fast' is true
// CHECK-NEXT: leak-create-abort.c:28:9: note: 'ring_pump' returns here with 'c' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-abort.c":{28:9-28:9}:"pthread_join(c, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
