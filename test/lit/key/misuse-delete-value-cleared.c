// pthread_setspecific(k, NULL) empties the key: the delete after it loses
// nothing and is not reported.  The NULL set itself loses the value 'old'
// read back (the overwrite KeyMisuse), and the fix-it frees it first.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

void consume(void);

int scratch(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    void *old = pthread_getspecific(k);
    pthread_setspecific(k, NULL);
    consume();
    pthread_key_delete(k);
    return 0;
}

// CHECK: misuse-delete-value-cleared.c:17:5: warning: pthread_setspecific replaces the value of key 'k' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: misuse-delete-value-cleared.c:12:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: misuse-delete-value-cleared.c:16:17: note: 'old' gets the value of key 'k' here
// CHECK-NEXT: fix-it:"{{.*}}misuse-delete-value-cleared.c":{17:5-17:5}:"free(old);\n    "
// CHECK-NEXT: 1 warning generated.
