// On the `!= thrd_success` branch no key exists: deleting it there is a
// misuse, named with tss_create.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <threads.h>

int with_key(void) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success) {
        tss_delete(k);
        return -1;
    }
    tss_delete(k);
    return 0;
}

// CHECK: tss-create-failed.c:9:9: warning: key 'k' is deleted but its tss_create failed [pthread.KeyMisuse]
// CHECK-NEXT: tss-create-failed.c:8:9: note: 'tss_create(&k, NULL) != thrd_success' is true
