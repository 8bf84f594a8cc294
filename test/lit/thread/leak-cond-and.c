// `enabled && pthread_create(...) == 0`: the thread exists only when both
// hold; the error return inside that block leaks it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdio.h>

struct audit { FILE *log; int enabled; volatile int stop; };
int audit_open(struct audit *a);

static void *audit_writer(void *arg) {
    struct audit *a = arg;
    while (!a->stop)
        fflush(a->log);
    return NULL;
}

int audit_session(struct audit *a) {
    pthread_t w;
    if (a->enabled && pthread_create(&w, NULL, audit_writer, a) == 0) {
        if (audit_open(a) < 0) {
            a->stop = 1;
#ifdef FIXED
            pthread_join(w, NULL);
#endif
            return -1;
        }
        a->stop = 1;
        pthread_join(w, NULL);
    }
    return 0;
}
// CHECK: leak-cond-and.c:20:23: warning: thread 'w' running 'audit_writer' is neither joined nor detached when 'audit_session' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-cond-and.c:20:23: note: 'pthread_create(&w, NULL, audit_writer, a) == 0' is true
// CHECK-NEXT: leak-cond-and.c:21:13: note: 'audit_open(a) < 0' is true
// CHECK-NEXT: leak-cond-and.c:26:13: note: 'audit_session' returns here with 'w' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-cond-and.c":{26:13-26:13}:"pthread_join(w, NULL);\n            "
// CHECK-NEXT: 1 warning generated.

// The fix-it compiles cleanly and silences the finding.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/fixed.c
// RUN: not %threadlint --fix %t/fixed.c > /dev/null 2>&1
// RUN: %clang -fsyntax-only -Wall -Werror %t/fixed.c
// RUN: %threadlint --no-source %t/fixed.c | count 0
