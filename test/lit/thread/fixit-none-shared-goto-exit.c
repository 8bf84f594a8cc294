// The leaking exit is an 'out:' label also reached by paths that already
// joined: a join there would be a double join, so no fix-it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }
int setup(void);
int finish(void);

int run(void) {
    pthread_t t;
    int rc = -1;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (setup() < 0)
        goto out;
    pthread_join(t, NULL);
    rc = finish();
    if (rc < 0)
        goto out;
    rc = 0;
out:
    return rc;
}

// CHECK: fixit-none-shared-goto-exit.c:13:9: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: fixit-none-shared-goto-exit.c:13:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: fixit-none-shared-goto-exit.c:15:9: note: 'setup() < 0' is true
// CHECK-NEXT: fixit-none-shared-goto-exit.c:23:5: note: 'run' returns here with 't' still joinable
