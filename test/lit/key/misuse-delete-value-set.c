// The key has no destructor and holds memory this function allocated when
// the function deletes it: pthread_key_delete frees no value, so the
// calling thread's buffer is lost.  Directly from malloc, through a local
// that does nothing else, and read back into a local that does nothing.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

void consume(void);

int scratch(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    pthread_key_delete(k);
    return 0;
}

int scratch_local(const char *name) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    char *copy = strdup(name);
    if (!copy) {
        pthread_key_delete(k);
        return -1;
    }
    pthread_setspecific(k, copy);
    consume();
    pthread_key_delete(k);
    return 0;
}

int scratch_peek(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, calloc(1, 64));
    void *now = pthread_getspecific(k);
    if (!now) { /* calloc failed: the key holds NULL, nothing is lost */
        pthread_key_delete(k);
        return -1;
    }
    consume();
    pthread_key_delete(k);
    return 0;
}

// CHECK: misuse-delete-value-set.c:18:5: warning: key 'k' is deleted while it still holds this thread's value, memory this function allocated: pthread_key_delete does not free values [pthread.KeyMisuse]
// CHECK-NEXT: misuse-delete-value-set.c:14:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: misuse-delete-value-set.c:16:5: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}":{18:5-18:5}:"free(pthread_getspecific(k));\n    "
// CHECK: misuse-delete-value-set.c:33:5: warning: key 'k' is deleted while it still holds this thread's value, memory this function allocated: pthread_key_delete does not free values [pthread.KeyMisuse]
// CHECK-NEXT: misuse-delete-value-set.c:24:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: misuse-delete-value-set.c:27:10: note: 'copy' is true
// CHECK-NEXT: misuse-delete-value-set.c:31:5: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}":{33:5-33:5}:"free(pthread_getspecific(k));\n    "
// CHECK: misuse-delete-value-set.c:48:5: warning: key 'k' is deleted while it still holds this thread's value, memory this function allocated: pthread_key_delete does not free values [pthread.KeyMisuse]
// CHECK-NEXT: misuse-delete-value-set.c:39:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: misuse-delete-value-set.c:43:10: note: 'now' is true
// CHECK-NEXT: misuse-delete-value-set.c:41:5: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}":{48:5-48:5}:"free(pthread_getspecific(k));\n    "
// CHECK-NEXT: 3 warnings generated.
