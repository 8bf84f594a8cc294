// --fix deletes a second pthread_join that every path reaches with the
// thread already joined.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void *work(void *arg) { return arg; }
int finish(void);

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    pthread_join(t, NULL);
    int rc = finish();
    pthread_join(t, NULL);
    return rc;
}

// CHECK: input.c:19:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: input.c:15:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: input.c:17:5: note: 't' joined here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{19:5-19:27}:""
// CHECK: threadlint: applied 1 fix-it edit to '{{.*}}input.c'
// FIXED:      pthread_join(t, NULL);
// FIXED-NEXT: int rc = finish();
// FIXED-NOT:  pthread_join
// FIXED:      return rc;
