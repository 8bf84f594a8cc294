// --fix adds braces when the leaking return is not inside any.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

int prepare(void);

int with_key(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL))
        return -1;
    if (prepare() < 0)
        return -2;
    pthread_key_delete(k);
    return 0;
}

// CHECK: input.c:13:9: warning: key 'k' is never deleted when 'with_key' returns [pthread.KeyLeak]
// CHECK-NEXT: input.c:13:9: note: 'pthread_key_create(&k, NULL)' is false
// CHECK-NEXT: input.c:15:9: note: 'prepare() < 0' is true
// CHECK-NEXT: input.c:16:9: note: 'with_key' returns here with key 'k' still live
// CHECK-NEXT: fix-it:"{{.*}}input.c":{16:9-16:9}:"{ pthread_key_delete(k); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{16:19-16:19}:" }"
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      if (prepare() < 0)
// FIXED-NEXT: { pthread_key_delete(k); return -2; }
// FIXED-NEXT: pthread_key_delete(k);
