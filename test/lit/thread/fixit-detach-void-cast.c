// The detach fix-it on '(void)pthread_create(...);' must produce valid C.
// The cast gives way to the 'if (': '(void)if (...)' would not compile.
// RUN: true
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void *job(void *arg) { return arg; }

void fire(void *req) {
    pthread_t t;
    (void)pthread_create(&t, NULL, job, req);
}

// CHECK: input.c:15:11: warning: thread 't' running 'job' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:16:1: note: 'fire' returns here with 't' still joinable
// CHECK: threadlint: applied {{[0-9]+}} fix-it edit{{s?}} to '{{.*}}input.c'
// FIXED:      pthread_detach(t);
