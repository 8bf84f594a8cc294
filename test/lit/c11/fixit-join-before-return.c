// --fix inserts thrd_join (the C11 call, not pthread_join) before the
// return that forgets the thread; the result compiles with -Wall -Werror
// -std=c11 and is clean.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror -std=c11 %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <stdio.h>
#include <threads.h>

static int producer(void *arg) { return arg != NULL; }
int open_queue(const char *name);

int pump(const char *name) {
    thrd_t prod;
    if (thrd_create(&prod, producer, NULL) != thrd_success)
        return -1;
    int q = open_queue(name);
    if (q < 0) {
        fprintf(stderr, "cannot open %s\n", name);
        return -1;
    }
    thrd_join(prod, NULL);
    return q;
}

// CHECK: input.c:17:9: warning: thread 'prod' running 'producer' is neither joined nor detached when 'pump' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:17:9: note: 'thrd_create(&prod, producer, NULL) != thrd_success' is false
// CHECK-NEXT: input.c:20:9: note: 'q < 0' is true
// CHECK-NEXT: input.c:22:9: note: 'pump' returns here with 'prod' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{22:9-22:9}:"thrd_join(prod, NULL);\n        "
// CHECK: threadlint: applied 1 fix-it edit to '{{.*}}input.c'
// FIXED:      if (q < 0) {
// FIXED-NEXT:   fprintf(stderr, "cannot open %s\n", name);
// FIXED-NEXT:   thrd_join(prod, NULL);
// FIXED-NEXT:   return -1;
// FIXED-NEXT: }
// FIXED-NEXT: thrd_join(prod, NULL);
// FIXED-NEXT: return q;
