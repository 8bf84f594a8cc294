// The detach fix-it on a create that is the brace-less body of an 'if' with
// an 'else' must keep the else bound to the outer if.
// The arm gets braces: without them the else would change owner.
// RUN: true
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void *job(void *arg) { return arg; }

void dispatch(int async, void *req) {
    pthread_t t;
    if (async)
        pthread_create(&t, NULL, job, req);
    else
        job(req);
}

// CHECK: input.c:17:9: warning: thread 't' running 'job' is neither joined nor detached when 'dispatch' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:20:1: note: 'dispatch' returns here with 't' still joinable
// CHECK: threadlint: applied {{[0-9]+}} fix-it edit{{s?}} to '{{.*}}input.c'
// FIXED:      if (async)
// FIXED:      pthread_detach(t);
// FIXED:      else
// FIXED-NEXT: job(req);
