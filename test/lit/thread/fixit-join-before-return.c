// --fix inserts the join before a leaking return that is already inside
// braces; the result compiles with -Wall -Werror and is clean.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdio.h>

static void *producer(void *arg) { return arg; }
int open_queue(const char *name);

int pump(const char *name) {
    pthread_t prod;
    if (pthread_create(&prod, NULL, producer, NULL) != 0)
        return -1;
    int q = open_queue(name);
    if (q < 0) {
        fprintf(stderr, "cannot open %s\n", name);
        return -1;
    }
    pthread_join(prod, NULL);
    return q;
}

// CHECK: input.c:16:9: warning: thread 'prod' running 'producer' is neither joined nor detached when 'pump' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:16:9: note: 'pthread_create(&prod, NULL, producer, NULL) != 0' is false
// CHECK-NEXT: input.c:19:9: note: 'q < 0' is true
// CHECK-NEXT: input.c:21:9: note: 'pump' returns here with 'prod' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{21:9-21:9}:"pthread_join(prod, NULL);\n        "
// CHECK: threadlint: applied 1 fix-it edit to '{{.*}}input.c'
// FIXED:      if (q < 0) {
// FIXED-NEXT:   fprintf(stderr, "cannot open %s\n", name);
// FIXED-NEXT:   pthread_join(prod, NULL);
// FIXED-NEXT:   return -1;
// FIXED-NEXT: }
// FIXED-NEXT: pthread_join(prod, NULL);
// FIXED-NEXT: return q;
