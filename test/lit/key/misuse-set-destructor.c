// A key's destructor runs only when a thread exits, on the value the key
// holds then: the pthread_setspecific that replaces a value does not free
// it, and pthread_key_delete frees none, whatever destructor the key has.
// C11 keys alike.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

void consume(void);

int replace_read_back(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, free) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    void *old = pthread_getspecific(k);
    if (old)
        pthread_setspecific(k, malloc(128));
    consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

int delete_holding(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, free) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    consume();
    pthread_key_delete(k);
    return 0;
}

int delete_holding_c11(void) {
    tss_t k;
    if (tss_create(&k, free) != thrd_success)
        return -1;
    char *buf = calloc(1, 64);
    tss_set(k, buf);
    consume();
    tss_delete(k);
    return 0;
}

// CHECK: misuse-set-destructor.c:19:9: warning: pthread_setspecific replaces the value of key 'k' that 'old' holds without freeing it; a key's destructor runs only at thread exit, on the value the key then holds [pthread.KeyMisuse]
// CHECK-NEXT: misuse-set-destructor.c:14:9: note: 'pthread_key_create(&k, free) != 0' is false
// CHECK-NEXT: misuse-set-destructor.c:18:9: note: 'old' is true
// CHECK-NEXT: misuse-set-destructor.c:17:17: note: 'old' gets the value of key 'k' here
// CHECK-NEXT: fix-it:"{{.*}}":{19:9-19:9}:"{ free(old); "
// CHECK-NEXT: fix-it:"{{.*}}":{19:45-19:45}:" }"
// CHECK: misuse-set-destructor.c:32:5: warning: key 'k' is deleted while it still holds this thread's value, memory this function allocated: pthread_key_delete does not free values or run the key's destructor [pthread.KeyMisuse]
// CHECK-NEXT: misuse-set-destructor.c:28:9: note: 'pthread_key_create(&k, free) != 0' is false
// CHECK-NEXT: misuse-set-destructor.c:30:5: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}":{32:5-32:5}:"free(pthread_getspecific(k));\n    "
// CHECK: misuse-set-destructor.c:43:5: warning: key 'k' is deleted while it still holds this thread's value, memory this function allocated: tss_delete does not free values or run the key's destructor [pthread.KeyMisuse]
// CHECK-NEXT: misuse-set-destructor.c:38:9: note: 'tss_create(&k, free) != thrd_success' is false
// CHECK-NEXT: misuse-set-destructor.c:41:5: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}":{43:5-43:5}:"free(tss_get(k));\n    "
// CHECK-NEXT: 3 warnings generated.
