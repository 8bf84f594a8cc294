// A local of a loop's block handed to a detached thread: 'break' leaves
// the block while the thread may still read it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

void *poller(void *arg);
int next_fd(void);

void start_poller(void) {
    for (;;) {
        int fd = next_fd();
        pthread_t t;
        if (pthread_create(&t, NULL, poller, &fd) != 0)
            continue;
        pthread_detach(t);
        break;
    }
}

// CHECK: block-end-break.c:16:9: warning: 'fd' goes out of scope while thread 't' running 'poller' still uses it; it was detached and may still run [pthread.ArgLifetime]
// CHECK-NEXT: block-end-break.c:13:13: note: '&fd' is given to thread 't' running 'poller' here
// CHECK-NEXT: block-end-break.c:13:13: note: 'pthread_create(&t, NULL, poller, &fd) != 0' is false
// CHECK-NEXT: 1 warning generated.
