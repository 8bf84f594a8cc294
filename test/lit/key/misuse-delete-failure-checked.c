// The delete succeeded and the key is deleted again all the same.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

int scratch_key_roundtrip(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    int rc = pthread_key_delete(k);
    if (rc == 0) {
        fprintf(stderr, "key deleted\n");
        pthread_key_delete(k);
        return -1;
    }
    return 0;
}

void drop_key(pthread_key_t k) {
    if (pthread_key_delete(k) == 0)
        pthread_key_delete(k);
}

// CHECK: misuse-delete-failure-checked.c:13:9: warning: key 'k' is deleted after it was already deleted [pthread.KeyMisuse]
// CHECK-NEXT: misuse-delete-failure-checked.c:8:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: misuse-delete-failure-checked.c:10:14: note: 'k' deleted here
// CHECK-NEXT: misuse-delete-failure-checked.c:11:9: note: 'rc == 0' is true
// CHECK-NEXT: fix-it:"{{.*}}":{13:9-13:31}:""
// CHECK-NEXT: misuse-delete-failure-checked.c:21:9: warning: key 'k' is deleted after it was already deleted [pthread.KeyMisuse]
// CHECK-NEXT: misuse-delete-failure-checked.c:20:9: note: 'k' deleted here
// CHECK-NEXT: misuse-delete-failure-checked.c:20:9: note: 'pthread_key_delete(k) == 0' is true
// CHECK-NEXT: fix-it:"{{.*}}misuse-delete-failure-checked.c":{20:5-20:9}:""
// CHECK-NEXT: fix-it:"{{.*}}misuse-delete-failure-checked.c":{20:30-21:31}:";"
// CHECK-NEXT: 2 warnings generated.
