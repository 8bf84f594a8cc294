// A GNU statement-expression macro returns the create's result, `({ int _r = pthread_create(...); _r; })`: its value is the failure test; the later error return leaks the thread.
// libclang 14 reports macro-body locations at the invocation, so operators written in a macro body cannot be read there.
// UNSUPPORTED: llvm-14
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define SPAWN(tid, fn, arg)                                          \
    ({                                                               \
        int _r = pthread_create(&(tid), NULL, (fn), (arg));          \
        if (_r)                                                      \
            fprintf(stderr, "spawn %s: %s\n", #fn, strerror(_r));   \
        _r;                                                          \
    })

struct mirror { const char *src, *dst; int ok; };
int mirror_prepare(struct mirror *m);

static void *sync_main(void *arg) {
    struct mirror *m = arg;
    m->ok = strcmp(m->src, m->dst) != 0;
    return NULL;
}

int mirror_run(struct mirror *m) {
    pthread_t t;
    if (SPAWN(t, sync_main, m) != 0)
        return -1;
    if (mirror_prepare(m) < 0) {
#ifdef FIXED
        pthread_join(t, NULL);
#endif
        return -1;
    }
    pthread_join(t, NULL);
    return m->ok ? 0 : -1;
}
// CHECK: leak-macro-stmt-expr.c:29:9: warning: thread 't' running 'sync_main' is neither joined nor detached when 'mirror_run' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-macro-stmt-expr.c:29:9: note: '_r' is false
// CHECK-NEXT: leak-macro-stmt-expr.c:31:9: note: 'mirror_prepare(m) < 0' is true
// CHECK-NEXT: leak-macro-stmt-expr.c:35:9: note: 'mirror_run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-macro-stmt-expr.c":{35:9-35:9}:"pthread_join(t, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
