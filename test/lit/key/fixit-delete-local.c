// A local key the function never deletes: --fix deletes it before the
// leaking return, freeing first the value only the key holds where there is
// one.  The result compiles and is clean.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdlib.h>

void consume(void);

int plain(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    consume();
    return 0;
}

int holding(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    return 0;
}

int deleting(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    pthread_key_delete(k);
    return 0;
}

// CHECK: input.c:16:9: warning: key 'k' is never deleted when 'plain' returns [pthread.KeyLeak]
// CHECK-NEXT: input.c:16:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: input.c:19:5: note: 'plain' returns here with key 'k' still live
// CHECK-NEXT: fix-it:"{{.*}}input.c":{19:5-19:5}:"pthread_key_delete(k);\n    "
// CHECK-NEXT: input.c:24:9: warning: key 'k' is never deleted when 'holding' returns [pthread.KeyLeak]
// CHECK-NEXT: input.c:24:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: input.c:28:5: note: 'holding' returns here with key 'k' still live
// CHECK-NEXT: fix-it:"{{.*}}input.c":{28:5-28:5}:"free(pthread_getspecific(k));\n    pthread_key_delete(k);\n    "
// CHECK-NEXT: input.c:37:5: warning: key 'k' is deleted while it still holds this thread's value, memory this function allocated: pthread_key_delete does not free values [pthread.KeyMisuse]
// CHECK-NEXT: input.c:33:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: input.c:35:5: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{37:5-37:5}:"free(pthread_getspecific(k));\n    "
// CHECK: threadlint: applied 3 fix-it edits to '{{.*}}input.c'
// FIXED:      consume();
// FIXED-NEXT: pthread_key_delete(k);
// FIXED-NEXT: return 0;
// FIXED:      consume();
// FIXED-NEXT: free(pthread_getspecific(k));
// FIXED-NEXT: pthread_key_delete(k);
// FIXED-NEXT: return 0;
// FIXED:      consume();
// FIXED-NEXT: free(pthread_getspecific(k));
// FIXED-NEXT: pthread_key_delete(k);
