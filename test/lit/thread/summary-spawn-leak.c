// spawn(&t) creates into an out-parameter; its failure is handled by the
// caller, but a later error return leaks the thread.  The finding is reported
// at the spawn call.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *poller(void *arg) { return arg; }
int open_device(const char *path);

static int spawn(pthread_t *out) {
    return pthread_create(out, NULL, poller, NULL);
}

int start(const char *path) {
    pthread_t t;
    if (spawn(&t) != 0)
        return -1;
    int fd = open_device(path);
    if (fd < 0)
        return -1;
    pthread_join(t, NULL);
    return fd;
}

// CHECK: summary-spawn-leak.c:16:9: warning: thread 't' running 'poller' is neither joined nor detached when 'start' returns [pthread.ThreadLeak]
// CHECK-NEXT: summary-spawn-leak.c:19:9: note: 'fd < 0' is true
// CHECK-NEXT: summary-spawn-leak.c:20:9: note: 'start' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}summary-spawn-leak.c":{20:9-20:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}summary-spawn-leak.c":{20:19-20:19}:" }"
