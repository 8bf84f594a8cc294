// tss_set and tss_get on a key after tss_delete.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <threads.h>

int remember(int *value) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    tss_delete(k);
    return tss_set(k, value) == thrd_success ? 0 : -1;
}

void *peek(void) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return NULL;
    tss_delete(k);
    return tss_get(k);
}

// CHECK: tss-set-after-delete.c:10:12: warning: key 'k' is used by 'tss_set' after it was deleted [pthread.KeyMisuse]
// CHECK-NEXT: tss-set-after-delete.c:7:9: note: 'tss_create(&k, NULL) != thrd_success' is false
// CHECK-NEXT: tss-set-after-delete.c:9:5: note: 'k' deleted here
// CHECK: tss-set-after-delete.c:18:12: warning: key 'k' is used by 'tss_get' after it was deleted [pthread.KeyMisuse]
// CHECK-NEXT: tss-set-after-delete.c:15:9: note: 'tss_create(&k, NULL) != thrd_success' is false
// CHECK-NEXT: tss-set-after-delete.c:17:5: note: 'k' deleted here
