// `thrd_create(...) == thrd_error` tests one failure only: on the other
// side the thread may exist (thrd_nomem is a failure too, but it does not
// matter here), so the early return after a failed open leaks it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <threads.h>

int open_log(const char *path);
static int flusher(void *arg) { return arg != 0; }

int start_logging(const char *path) {
    thrd_t t;
    if (thrd_create(&t, flusher, NULL) == thrd_error)
        return -1;
    int fd = open_log(path);
    if (fd < 0)
        return -1;
    thrd_join(t, NULL);
    return fd;
}

// CHECK: leak-create-eq-error.c:12:9: warning: thread 't' running 'flusher' is neither joined nor detached when 'start_logging' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-eq-error.c:12:9: note: 'thrd_create(&t, flusher, NULL) == thrd_error' is false
// CHECK-NEXT: leak-create-eq-error.c:15:9: note: 'fd < 0' is true
// CHECK-NEXT: leak-create-eq-error.c:16:9: note: 'start_logging' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-eq-error.c":{16:9-16:9}:"{ thrd_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}leak-create-eq-error.c":{16:19-16:19}:" }"
