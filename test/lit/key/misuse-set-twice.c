// pthread_setspecific over a value this function set, memory it allocated
// that only the key still holds, loses that value whatever the key's
// destructor: the destructor runs only at thread exit, on the value the
// key holds then.  A set of NULL loses it too; so does the same set on the
// next turn of a loop.  Keys in locals and in globals, C11 keys alike; the
// fix-it frees the key's value first (fixit-free-stored-before-set.c).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

void consume(void);
static pthread_key_t name_key;

int resize(int n) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(16));
    consume();
    pthread_setspecific(k, malloc(n));
    consume();
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

int name_init(const char *first, const char *second) {
    if (pthread_key_create(&name_key, free) != 0)
        return -1;
    char *name = strdup(first);
    pthread_setspecific(name_key, name);
    if (second)
        pthread_setspecific(name_key, strdup(second));
    return 0;
}

int clear(void) {
    tss_t k;
    if (tss_create(&k, free) != thrd_success)
        return -1;
    if (tss_set(k, malloc(16)) != thrd_success) {
        tss_delete(k);
        return -1;
    }
    consume();
    tss_set(k, NULL);
    tss_delete(k);
    return 0;
}

int each_turn(int n) {
    pthread_key_t k;
    if (pthread_key_create(&k, free) != 0)
        return -1;
    for (int i = 0; i < n; i++) {
        pthread_setspecific(k, calloc(1, 16));
        consume();
    }
    free(pthread_getspecific(k));
    pthread_key_delete(k);
    return 0;
}

// CHECK: misuse-set-twice.c:22:5: warning: pthread_setspecific replaces the value of key 'k', memory this function allocated, without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: misuse-set-twice.c:18:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: misuse-set-twice.c:20:5: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}misuse-set-twice.c":{22:5-22:5}:"free(pthread_getspecific(k));\n    "
// CHECK: misuse-set-twice.c:35:9: warning: pthread_setspecific replaces the value of key 'name_key', memory this function allocated, without freeing it; a key's destructor runs only at thread exit, on the value the key then holds [pthread.KeyMisuse]
// CHECK-NEXT: misuse-set-twice.c:30:9: note: 'pthread_key_create(&name_key, free) != 0' is false
// CHECK-NEXT: misuse-set-twice.c:34:9: note: 'second' is true
// CHECK-NEXT: misuse-set-twice.c:33:5: note: this thread's value of key 'name_key' is set here
// CHECK-NEXT: fix-it:"{{.*}}":{35:9-35:9}:"{ free(pthread_getspecific(name_key)); "
// CHECK-NEXT: fix-it:"{{.*}}":{35:55-35:55}:" }"
// CHECK: misuse-set-twice.c:48:5: warning: tss_set replaces the value of key 'k', memory this function allocated, without freeing it; a key's destructor runs only at thread exit, on the value the key then holds [pthread.KeyMisuse]
// CHECK-NEXT: misuse-set-twice.c:41:9: note: 'tss_create(&k, free) != thrd_success' is false
// CHECK-NEXT: misuse-set-twice.c:43:9: note: 'tss_set(k, malloc(16)) != thrd_success' is false
// CHECK-NEXT: misuse-set-twice.c:43:9: note: this thread's value of key 'k' is set here
// CHECK-NEXT: fix-it:"{{.*}}misuse-set-twice.c":{48:5-48:5}:"free(tss_get(k));\n    "
// CHECK: misuse-set-twice.c:58:9: warning: pthread_setspecific replaces the value of key 'k', memory this function allocated, without freeing it; a key's destructor runs only at thread exit, on the value the key then holds [pthread.KeyMisuse]
// CHECK-NEXT: misuse-set-twice.c:55:9: note: 'pthread_key_create(&k, free) != 0' is false
// CHECK-NEXT: misuse-set-twice.c:57:21: note: 'i < n' is true
// CHECK-NEXT: misuse-set-twice.c:57:21: note: 'i < n' is true
// CHECK-NEXT: misuse-set-twice.c:58:9: note: this thread's value of key 'k' is set here
// CHECK-NEXT: 4 warnings generated.
