// The leaking exit is an 'out:' label also reached by paths that already
// joined: a join there would be a double join, so --fix joins before the
// goto, where the leaking path is alone, bracing the unbraced 'if' arm.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void *work(void *arg) { return arg; }
int setup(void);
int finish(void);

int run(void) {
    pthread_t t;
    int rc = -1;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (setup() < 0)
        goto out;
    pthread_join(t, NULL);
    rc = finish();
    if (rc < 0)
        goto out;
    rc = 0;
out:
    return rc;
}

// CHECK: input.c:18:9: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:18:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: input.c:20:9: note: 'setup() < 0' is true
// CHECK-NEXT: input.c:28:5: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{21:9-21:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{21:18-21:18}:" }"
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      if (setup() < 0)
// FIXED-NEXT:   { pthread_join(t, NULL); goto out; }
// FIXED-NEXT: pthread_join(t, NULL);
