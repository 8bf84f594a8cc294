// A cleanup label reached only by paths that hold the thread: --fix joins
// before its return (braces added after the label).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void *work(void *arg) { return arg; }
int setup(void);
int load(void);

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (setup() < 0)
        goto fail;
    if (load() < 0)
        goto fail;
    pthread_join(t, NULL);
    return 0;
fail:
    return -1;
}

// CHECK: input.c:16:9: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:16:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: input.c:18:9: note: 'setup() < 0' is false
// CHECK-NEXT: input.c:20:9: note: 'load() < 0' is true
// CHECK-NEXT: input.c:25:5: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{25:5-25:5}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{25:15-25:15}:" }"
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      fail:
// FIXED-NEXT: { pthread_join(t, NULL); return -1; }
// FIXED-NEXT: }
