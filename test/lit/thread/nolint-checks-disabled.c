// --checks=-pthread.ThreadLeak turns the leak rule off.
// RUN: %threadlint --no-source --checks=-pthread.ThreadLeak %s 2>&1 | count 0
// The rule is on by default:
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s
#include <pthread.h>

static void *work(void *arg) { return arg; }
int finish(void);

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (finish() < 0)
        return -1;
    pthread_join(t, NULL);
    return 0;
}

// CHECK: warning: {{.*}} [pthread.ThreadLeak]
