// C11 keys: tss_delete, like pthread_key_delete, frees no value; the
// message names the C11 call.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <stdlib.h>
#include <threads.h>

void consume(void);

int scratch(void) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    if (tss_set(k, malloc(64)) != thrd_success) {
        tss_delete(k);
        return -1;
    }
    consume();
    tss_delete(k);
    return 0;
}

// CHECK: tss-delete-value-set.c:18:5: warning: key 'k' is deleted while it still holds this thread's value, memory this function allocated: tss_delete does not free values [pthread.KeyMisuse]
// CHECK-NEXT: tss-delete-value-set.c:11:9: note: 'tss_create(&k, NULL) != thrd_success' is false
// CHECK-NEXT: tss-delete-value-set.c:13:9: note: 'tss_set(k, malloc(64)) != thrd_success' is false
// CHECK-NEXT: tss-delete-value-set.c:13:9: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}":{18:5-18:5}:"free(tss_get(k));\n    "
// CHECK-NEXT: 1 warning generated.
