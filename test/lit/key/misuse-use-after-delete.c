// The key is deleted and then read.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

void *probe(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return NULL;
    pthread_setspecific(k, "x");
    pthread_key_delete(k);
    return pthread_getspecific(k);
}

// CHECK: misuse-use-after-delete.c:11:12: warning: key 'k' is used by 'pthread_getspecific' after it was deleted [pthread.KeyMisuse]
// CHECK-NEXT: misuse-use-after-delete.c:7:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: misuse-use-after-delete.c:10:5: note: 'k' deleted here
// CHECK-NEXT: 1 warning generated.
