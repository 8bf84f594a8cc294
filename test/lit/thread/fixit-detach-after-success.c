// Fire-and-forget threads whose create is tested: --fix detaches each one
// where its create is known to have succeeded (after the failure check
// returns, or first thing in the success branch).  The result compiles and
// is clean.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdio.h>

static void *job(void *arg) { return arg; }

int fire(void *req) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, req) != 0) {
        perror("pthread_create");
        return -1;
    }
    printf("started\n");
    return 0;
}

void fire_if(void *req) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, job, req);
    if (rc == 0)
        printf("started\n");
}

// CHECK: input.c:17:9: warning: thread 't' running 'job' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:17:9: note: 'pthread_create(&t, NULL, job, req) != 0' is false
// CHECK-NEXT: input.c:22:5: note: 'fire' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{21:5-21:5}:"pthread_detach(t);\n    "
// CHECK-NEXT: input.c:27:14: warning: thread 't' running 'job' is neither joined nor detached when 'fire_if' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:28:9: note: 'rc == 0' is true
// CHECK-NEXT: input.c:30:1: note: 'fire_if' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{29:9-29:9}:"{ pthread_detach(t); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{29:29-29:29}:" }"
// CHECK: threadlint: applied 3 fix-it edits to '{{.*}}input.c'
// FIXED:      perror("pthread_create");
// FIXED-NEXT: return -1;
// FIXED-NEXT: }
// FIXED-NEXT: pthread_detach(t);
// FIXED-NEXT: printf("started\n");
// FIXED:      if (rc == 0)
// FIXED-NEXT: { pthread_detach(t); printf("started\n"); }
