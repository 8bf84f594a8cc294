// The key is deleted on the error path and again at the end; --fix removes
// the second delete, which every path reaching it holds already deleted.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

int step(void);

int job(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    int rc = step();
    if (rc < 0)
        pthread_key_delete(k);
    else
        pthread_key_delete(k);
    pthread_key_delete(k);
    return rc;
}

// CHECK: input.c:21:5: warning: key 'k' is deleted after it was already deleted [pthread.KeyMisuse]
// CHECK-NEXT: input.c:14:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: input.c:17:9: note: 'rc < 0' is false
// CHECK-NEXT: input.c:20:9: note: 'k' deleted here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{21:5-21:27}:""
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 1 fix-it edit to '{{.*}}input.c'
// FIXED:      else
// FIXED-NEXT: pthread_key_delete(k);
// FIXED-NOT:  pthread_key_delete
// FIXED:      return rc;
