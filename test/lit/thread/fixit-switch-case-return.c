// A leaking return in a switch case: the path's note for the case taken
// must point at the switch, and --fix joins before the return.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(int mode) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    switch (mode) {
    case 1:
        return -1;
    default:
        break;
    }
    pthread_join(t, NULL);
    return 0;
}

// CHECK: input.c:14:9: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: input.c:14:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: input.c:16:13: note: 'mode' is 1
// CHECK-NEXT: input.c:18:9: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{18:9-18:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{18:19-18:19}:" }"
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      case 1:
// FIXED-NEXT: { pthread_join(t, NULL); return -1; }
