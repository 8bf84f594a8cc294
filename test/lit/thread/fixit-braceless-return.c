// --fix on a brace-less 'if (q < 0) return -1;' adds braces around the
// inserted join and the return.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void *producer(void *arg) { return arg; }
int open_queue(const char *name);

int pump(const char *name) {
    pthread_t prod;
    if (pthread_create(&prod, NULL, producer, NULL) != 0)
        return -1;
    int q = open_queue(name);
    if (q < 0) return -1;
    pthread_join(prod, NULL);
    return q;
}

// CHECK: input.c:15:9: warning: thread 'prod' running 'producer' is neither joined nor detached when 'pump' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:15:9: note: 'pthread_create(&prod, NULL, producer, NULL) != 0' is false
// CHECK-NEXT: input.c:18:9: note: 'q < 0' is true
// CHECK-NEXT: input.c:18:16: note: 'pump' returns here with 'prod' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{18:16-18:16}:"{ pthread_join(prod, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{18:26-18:26}:" }"
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      int q = open_queue(name);
// FIXED-NEXT: if (q < 0) { pthread_join(prod, NULL); return -1; }
// FIXED-NEXT: pthread_join(prod, NULL);
