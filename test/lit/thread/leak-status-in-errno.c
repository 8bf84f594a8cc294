// A create's status stored in errno (`errno = pthread_create(...)`, as
// fuse's example/poll.c does, so that perror can print it) is tested like
// any variable: the failure branch holds no thread, the success path must
// still join. errno is `*__errno_location()` in glibc and musl.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s 2>&1 | count 0
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

static void *produce(void *arg) { return arg; }
int serve(void);

int run(void) {
    pthread_t producer;
    errno = pthread_create(&producer, NULL, produce, NULL);
    if (errno) {
        perror("pthread_create");
        return 1;
    }
    int ret = serve();
#ifdef FIXED
    pthread_cancel(producer);
    pthread_join(producer, NULL);
#endif
    return ret;
}
// CHECK: leak-status-in-errno.c:16:13: warning: thread 'producer' running 'produce' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-status-in-errno.c:17:9: note: 'errno' is false
// CHECK-NEXT: leak-status-in-errno.c:26:5: note: 'run' returns here with 'producer' still joinable
// CHECK: 1 warning generated.
