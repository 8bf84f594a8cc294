// The error path destroys the attribute a second time; --fix removes the
// second destroy (every path reaching it holds the attribute destroyed).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(pthread_t *t) {
    pthread_attr_t attr;
    int rc = pthread_attr_init(&attr);
    if (rc != 0)
        return rc;
    rc = pthread_create(t, &attr, worker, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        pthread_attr_destroy(&attr);
        return rc;
    }
    return 0;
}

// CHECK: input.c:20:9: warning: attribute 'attr' is destroyed after it was already destroyed [pthread.AttrMisuse]
// CHECK-NEXT: input.c:15:9: note: 'rc != 0' is false
// CHECK-NEXT: input.c:18:5: note: 'attr' destroyed here
// CHECK-NEXT: input.c:19:9: note: 'rc != 0' is true
// CHECK-NEXT: fix-it:"{{.*}}input.c":{20:9-20:37}:""
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 1 fix-it edit to '{{.*}}input.c'
// FIXED:      pthread_attr_destroy(&attr);
// FIXED-NEXT: if (rc != 0) {
// FIXED-NOT:  pthread_attr_destroy
// FIXED:      return rc;
// FIXED-NEXT: }
