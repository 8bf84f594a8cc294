// The overwrite is reported but no `free(old);` is offered: on another
// path reaching the set 'old' no longer holds the key's value (the set of
// NULL before it, reached by every path holding it, gets one); the set is
// written by a macro; its result is tested; an inner 'old' hides it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

#define RESET(key) pthread_setspecific(key, malloc(128))

void consume(void);
int more(void);

int not_every_path(int again) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    void *old = pthread_getspecific(k);
    if (again)
        pthread_setspecific(k, NULL);
    pthread_setspecific(k, malloc(128));
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

int by_macro(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    void *old = pthread_getspecific(k);
    RESET(k);
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

int result_tested(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    void *old = pthread_getspecific(k);
    if (pthread_setspecific(k, malloc(128)) != 0)
        consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

int hidden_name(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    void *old = pthread_getspecific(k);
    {
        int old = more();
        consume();
        pthread_setspecific(k, malloc(128));
    }
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

// CHECK: fixit-none-free.c:21:9: warning: pthread_setspecific replaces the value of key 'k' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: fixit-none-free.c:16:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: fixit-none-free.c:20:9: note: 'again' is true
// CHECK-NEXT: fixit-none-free.c:19:17: note: 'old' gets the value of key 'k' here
// CHECK-NEXT: fix-it:"{{.*}}":{21:9-21:9}:"{ free(old); "
// CHECK-NEXT: fix-it:"{{.*}}":{21:38-21:38}:" }"
// CHECK: fixit-none-free.c:22:5: warning: pthread_setspecific replaces the value of key 'k' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: fixit-none-free.c:16:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: fixit-none-free.c:20:9: note: 'again' is false
// CHECK-NEXT: fixit-none-free.c:19:17: note: 'old' gets the value of key 'k' here
// CHECK: fixit-none-free.c:34:5: warning: pthread_setspecific replaces the value of key 'k' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: fixit-none-free.c:30:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: fixit-none-free.c:33:17: note: 'old' gets the value of key 'k' here
// CHECK: fixit-none-free.c:46:9: warning: pthread_setspecific replaces the value of key 'k' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: fixit-none-free.c:42:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: fixit-none-free.c:45:17: note: 'old' gets the value of key 'k' here
// CHECK: fixit-none-free.c:62:9: warning: pthread_setspecific replaces the value of key 'k' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: fixit-none-free.c:55:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: fixit-none-free.c:58:17: note: 'old' gets the value of key 'k' here
// CHECK-NEXT: 5 warnings generated.
