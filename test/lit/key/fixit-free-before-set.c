// --fix frees the old value, read back into 'old', on a line of its own
// before the set that replaces it; C11 keys alike.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
// RUN: grep -v '^//' %t/input.c | grep 'free(old);' | FileCheck %s --check-prefix=INDENT --strict-whitespace
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

void consume(void);
int more(void);

int two_buffers(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    void *old = pthread_getspecific(k);
    pthread_setspecific(k, malloc(128));
    consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

int grow(void) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    tss_set(k, malloc(64));
    void *old = tss_get(k);
    if (more()) {
        consume();
        tss_set(k, malloc(128));
    }
    free(tss_get(k));
    tss_delete(k);
    return 0;
}

// CHECK: input.c:23:5: warning: pthread_setspecific replaces the value of key 'k' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: input.c:18:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: input.c:22:17: note: 'old' gets the value of key 'k' here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{23:5-23:5}:"free(old);\n    "
// CHECK: input.c:38:9: warning: tss_set replaces the value of key 'k' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: input.c:32:9: note: 'tss_create(&k, NULL) != thrd_success' is false
// CHECK-NEXT: input.c:36:9: note: 'more()' is true
// CHECK-NEXT: input.c:35:17: note: 'old' gets the value of key 'k' here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{38:9-38:9}:"free(old);\n        "
// CHECK-NEXT: 2 warnings generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      void *old = pthread_getspecific(k);
// FIXED-NEXT: free(old);
// FIXED-NEXT: pthread_setspecific(k, malloc(128));
// FIXED:      void *old = tss_get(k);
// FIXED:      free(old);
// FIXED-NEXT: tss_set(k, malloc(128));
// INDENT:      {{^    }}free(old);{{$}}
// INDENT-NEXT: {{^        }}free(old);{{$}}
