// A key created on every iteration and deleted only once after the loop:
// every iteration but the last loses a key.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

void work(pthread_key_t k, int round);

void rounds(int n) {
    pthread_key_t k;
    if (n <= 0)
        return;
    for (int i = 0; i < n; i++) {
        pthread_key_create(&k, NULL);
        work(0, i);
    }
    pthread_key_delete(k);
}

// CHECK: leak-recreate-loop.c:13:9: warning: key 'k' is never deleted before it is created again [pthread.KeyLeak]
// CHECK-NEXT: leak-recreate-loop.c:12:21: note: 'i < n' is true
// CHECK-NEXT: leak-recreate-loop.c:13:9: note: 'k' is created again here while its key is still live
// CHECK-NEXT: 1 warning generated.
