// A fire-and-forget thrd_create: --fix tests the status against
// thrd_success and detaches the thread with thrd_detach; the result
// compiles with -Wall -Werror -std=c11 and is clean.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror -std=c11 %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <threads.h>

static int reaper(void *arg) { return arg != 0; }

void start_reaper(void) {
    thrd_t t;
    thrd_create(&t, reaper, 0);
}

// CHECK: input.c:15:5: warning: thread 't' running 'reaper' is neither joined nor detached when 'start_reaper' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:16:1: note: 'start_reaper' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{15:5-15:5}:"if ("
// CHECK-NEXT: fix-it:"{{.*}}input.c":{15:31-15:31}:" == thrd_success)\n        thrd_detach(t)"
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      thrd_t t;
// FIXED-NEXT: if (thrd_create(&t, reaper, 0) == thrd_success)
// FIXED-NEXT:   thrd_detach(t);
// FIXED-NEXT: }
