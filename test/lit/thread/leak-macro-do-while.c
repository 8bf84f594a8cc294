// A `do { ... } while (0)` macro wraps the create and its error return;
// the later error return outside the macro leaks the thread.
// libclang 14 reports macro-body locations at the invocation, so operators written in a macro body cannot be read there.
// UNSUPPORTED: llvm-14
//
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdio.h>

#define START_THREAD(tid, fn, arg)                                   \
    do {                                                             \
        if (pthread_create(&(tid), NULL, (fn), (arg)) != 0) {        \
            perror("pthread_create " #fn);                           \
            return -1;                                               \
        }                                                            \
    } while (0)

struct srv { int epfd; volatile int stop; };
int srv_listen(struct srv *s);

static void *poller(void *arg) {
    struct srv *s = arg;
    while (!s->stop)
        s->epfd |= 0;
    return NULL;
}

int srv_start(struct srv *srv) {
    pthread_t t;
    START_THREAD(t, poller, srv);
    if (srv_listen(srv) < 0) {
        srv->stop = 1;
#ifdef FIXED
        pthread_join(t, NULL);
#endif
        return -1;
    }
    srv->stop = 1;
    pthread_join(t, NULL);
    return 0;
}
// CHECK: leak-macro-do-while.c:31:5: warning: thread 't' running 'poller' is neither joined nor detached when 'srv_start' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-macro-do-while.c:31:5: note: 'pthread_create(&({{t|tid}}), NULL, ({{poller|fn}}), ({{srv|arg}})) != 0' is false
// CHECK-NEXT: leak-macro-do-while.c:32:9: note: 'srv_listen(srv) < 0' is true
// CHECK-NEXT: leak-macro-do-while.c:37:9: note: 'srv_start' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-macro-do-while.c":{37:9-37:9}:"pthread_join(t, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
