// Passing the handle by value to a helper defined in this file that only
// logs it is not a transfer of ownership: the thread is still lost.
// Was missed: any call to a same-file helper taking the handle counted as
// an escape; now only a helper that may join or detach it (itself or through
// its callees) does.  The fix-it detaches where the create has succeeded.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdio.h>

struct metrics { unsigned long samples; volatile int stop; };

static void *sampler(void *arg) {
    struct metrics *m = arg;
    while (!m->stop)
        m->samples++;
    return NULL;
}

static void log_thread(pthread_t t, const char *name) {
    fprintf(stderr, "started %s (%lu)\n", name, (unsigned long)t);
#ifdef FIXED
    pthread_detach(t);
#endif
}

int metrics_start(struct metrics *m) {
    pthread_t t;
    if (pthread_create(&t, NULL, sampler, m) != 0)
        return -1;
    log_thread(t, "sampler");
    return 0;
}
// CHECK: leak-escape-local-helper.c:29:9: warning: thread 't' running 'sampler' is neither joined nor detached when 'metrics_start' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-escape-local-helper.c:29:9: note: 'pthread_create(&t, NULL, sampler, m) != 0' is false
// CHECK-NEXT: leak-escape-local-helper.c:32:5: note: 'metrics_start' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{31:5-31:5}:"pthread_detach(t);\n    "
// CHECK-NEXT: 1 warning generated.
