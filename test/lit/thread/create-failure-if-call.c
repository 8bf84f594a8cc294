// The failure branch of `if (pthread_create(...))`: no thread exists there,
// so only the later error return leaks.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }
int check(int);

int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL))
        return -1;
    if (check(fd) < 0) {
#ifdef FIXED
        pthread_join(tid, NULL);
#endif
        return -2;
    }
    pthread_join(tid, NULL);
    return 0;
}
// CHECK: create-failure-if-call.c:12:9: warning: thread 'tid' running 'worker' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// CHECK-NEXT: create-failure-if-call.c:12:9: note: 'pthread_create(&tid, NULL, worker, NULL)' is false
// CHECK-NEXT: create-failure-if-call.c:14:9: note: 'check(fd) < 0' is true
// CHECK-NEXT: create-failure-if-call.c:18:9: note: 'serve' returns here with 'tid' still joinable
