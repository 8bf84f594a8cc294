// A key that was never created is set and deleted.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

void job(void *ctx) {
    pthread_key_t k;
    pthread_setspecific(k, ctx);
    pthread_key_delete(k);
}

// CHECK: misuse-never-created.c:7:5: warning: 'k' is used by 'pthread_setspecific' but no key was ever created in it [pthread.KeyMisuse]
// CHECK-NEXT: misuse-never-created.c:8:5: warning: 'k' is deleted but no key was ever created in it [pthread.KeyMisuse]
// CHECK-NEXT: fix-it:"{{.*}}":{8:5-8:27}:""
// CHECK-NEXT: 2 warnings generated.
