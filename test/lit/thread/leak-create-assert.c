// `assert(rc == 0)` after the create: glibc's assert expands to a call of
// the noreturn __assert_fail, so the failure path ends there. The early
// return on a short read is what leaks the thread.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <assert.h>
#include <pthread.h>
#include <unistd.h>

struct pipe_pair { int rfd, wfd; };

static void *pump(void *arg) {
    struct pipe_pair *p = arg;
    char buf[256];
    ssize_t n;
    while ((n = read(p->rfd, buf, sizeof buf)) > 0)
        (void)write(p->wfd, buf, (size_t)n);
    return NULL;
}

int relay(struct pipe_pair *p, int ctl) {
    pthread_t t;
    char hdr[4];
    int rc = pthread_create(&t, NULL, pump, p);
    assert(rc == 0);
    if (read(ctl, hdr, sizeof hdr) != (ssize_t)sizeof hdr) {
#ifdef FIXED
        pthread_cancel(t);
        pthread_join(t, NULL);
#endif
        return -1;
    }
    pthread_join(t, NULL);
    return 0;
}
// CHECK: leak-create-assert.c:24:14: warning: thread 't' running 'pump' is neither joined nor detached when 'relay' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-assert.c:25:12: note: 'rc == 0' is true
// CHECK-NEXT: leak-create-assert.c:26:9: note: 'read(ctl, hdr, sizeof hdr) != (ssize_t)sizeof hdr' is true
// CHECK-NEXT: leak-create-assert.c:31:9: note: 'relay' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-assert.c":{31:9-31:9}:"pthread_join(t, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
