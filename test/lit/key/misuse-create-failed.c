// The key is used and deleted even when its create failed (the status is
// only stored): one finding for the one cause, at the first use.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

void compute(void);

int job(void *ctx) {
    pthread_key_t k;
    int rc = pthread_key_create(&k, NULL);
    if (rc != 0)
        compute();
    pthread_setspecific(k, ctx);
    compute();
    pthread_key_delete(k);
    return rc;
}

// CHECK: misuse-create-failed.c:13:5: warning: key 'k' is used by 'pthread_setspecific' but its pthread_key_create failed [pthread.KeyMisuse]
// CHECK-NEXT: misuse-create-failed.c:11:9: note: 'rc != 0' is true
// CHECK-NEXT: fix-it:"{{.*}}misuse-create-failed.c":{13:5-13:5}:"if (rc == 0)\n        "
// CHECK-NEXT: fix-it:"{{.*}}misuse-create-failed.c":{15:5-15:5}:"if (rc == 0)\n        "
// CHECK-NEXT: 1 warning generated.
