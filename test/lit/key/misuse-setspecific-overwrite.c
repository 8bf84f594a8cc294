// The key has no destructor and holds memory this function allocated; the
// function reads it back into 'old' and replaces it without freeing it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

void consume(void);

int two_buffers(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    void *old = pthread_getspecific(k);
    if (old)
        pthread_setspecific(k, malloc(128));
    consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

// CHECK: misuse-setspecific-overwrite.c:17:9: warning: pthread_setspecific replaces the value of key 'k' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: misuse-setspecific-overwrite.c:11:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: misuse-setspecific-overwrite.c:16:9: note: 'old' is true
// CHECK-NEXT: misuse-setspecific-overwrite.c:15:17: note: 'old' gets the value of key 'k' here
// CHECK-NEXT: fix-it:"{{.*}}":{17:9-17:9}:"{ free(old); "
// CHECK-NEXT: fix-it:"{{.*}}":{17:45-17:45}:" }"
// CHECK-NEXT: 1 warning generated.
