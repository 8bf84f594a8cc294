// `?:` around the create: the thread is started only in the threaded
// mode, and the result feeds the error test. The validation return after
// a successful create leaks the thread.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <pthread.h>
#include <stddef.h>

struct index { size_t nkeys; int threaded; };
int index_validate(struct index *ix);

static void *build_index(void *arg) {
    struct index *ix = arg;
    ix->nkeys = 0;
    return NULL;
}

int index_rebuild(struct index *ix) {
    pthread_t t;
    int rc = ix->threaded ? pthread_create(&t, NULL, build_index, ix) : -1;
    if (rc != 0)
        return -1;
    if (index_validate(ix) < 0)
        return -2;
    pthread_join(t, NULL);
    return 0;
}
// CHECK: leak-cond-ternary.c:19:29: warning: thread 't' running 'build_index' is neither joined nor detached when 'index_rebuild' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-cond-ternary.c:20:9: note: 'rc != 0' is false
// CHECK-NEXT: leak-cond-ternary.c:22:9: note: 'index_validate(ix) < 0' is true
// CHECK-NEXT: leak-cond-ternary.c:23:9: note: 'index_rebuild' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-cond-ternary.c":{23:9-23:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}leak-cond-ternary.c":{23:19-23:19}:" }"
// CHECK-NEXT: 1 warning generated.
