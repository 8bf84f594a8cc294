// The flag tracks the thread correctly, but an error return before the
// 'if (started)' join leaks it.  Only paths where the create succeeded
// are reported.  The same return is also reached without a thread, so a
// plain join there would be wrong; the fix-it copies the function's own
// guarded join, `if (started) pthread_join(t, NULL);` (the flag says on
// every path reaching the return whether there is a thread).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);

int run(void) {
    pthread_t t;
    bool started = false;
    if (pthread_create(&t, NULL, flusher, NULL) != 0)
        fprintf(stderr, "no flusher, continuing\n");
    else
        started = true;
    if (do_work() < 0)
        return -1;
    if (started)
        pthread_join(t, NULL);
    return 0;
}
// CHECK: flag-early-return-leak.c:18:9: warning: thread 't' running 'flusher' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: flag-early-return-leak.c:18:9: note: 'pthread_create(&t, NULL, flusher, NULL) != 0' is false
// CHECK-NEXT: flag-early-return-leak.c:22:9: note: 'do_work() < 0' is true
// CHECK-NEXT: flag-early-return-leak.c:23:9: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}flag-early-return-leak.c":{23:9-23:9}:"{ if (started) pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}flag-early-return-leak.c":{23:19-23:19}:" }"
// CHECK-NEXT: 1 warning generated.
