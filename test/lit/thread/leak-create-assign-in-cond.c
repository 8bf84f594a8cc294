// `if ((rc = pthread_create(...)) != 0)`: assignment inside the condition.
// A failed second step returns with the thread running.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <errno.h>

struct pool { int size; volatile int shutdown; };
int pool_prefill(struct pool *p);

static void *reaper(void *arg) {
    struct pool *p = arg;
    while (!p->shutdown)
        p->size--;
    return NULL;
}

int pool_start(struct pool *p) {
    pthread_t r;
    int rc;

    if ((rc = pthread_create(&r, NULL, reaper, p)) != 0) {
        errno = rc;
        return -1;
    }
    if (pool_prefill(p) < 0) {
        p->shutdown = 1;
#ifdef FIXED
        pthread_join(r, NULL);
#endif
        return -1;
    }
    p->shutdown = 1;
    pthread_join(r, NULL);
    return 0;
}
// CHECK: leak-create-assign-in-cond.c:22:15: warning: thread 'r' running 'reaper' is neither joined nor detached when 'pool_start' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-assign-in-cond.c:22:9: note: '(rc = pthread_create(&r, NULL, reaper, p)) != 0' is false
// CHECK-NEXT: leak-create-assign-in-cond.c:26:9: note: 'pool_prefill(p) < 0' is true
// CHECK-NEXT: leak-create-assign-in-cond.c:31:9: note: 'pool_start' returns here with 'r' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-assign-in-cond.c":{31:9-31:9}:"pthread_join(r, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
