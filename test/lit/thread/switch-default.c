// The switch's success case returns without joining.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <errno.h>
#include <pthread.h>

static void *work(void *a) { return a; }

int run(int fast) {
    pthread_t t;
    switch (pthread_create(&t, NULL, work, NULL)) {
    case 0:
        if (fast)
            return 1;
        break;
    case EAGAIN:
        return -2;
    default:
        return -1;
    }
    pthread_join(t, NULL);
    return 0;
}

// CHECK: switch-default.c:10:13: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: switch-default.c:10:13: note: 'pthread_create(&t, NULL, work, NULL)' is 0
// CHECK-NEXT: switch-default.c:12:13: note: 'fast' is true
// CHECK-NEXT: switch-default.c:13:13: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}switch-default.c":{13:13-13:13}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}switch-default.c":{13:22-13:22}:" }"
