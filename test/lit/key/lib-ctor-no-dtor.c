// A library constructor creates a key in a static, and nothing in the file
// ever deletes it: every dlclose of the library leaks the key (there are
// only PTHREAD_KEYS_MAX of them).  Reported once, at the create.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source -DFIXED %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t scratch_key;

__attribute__((constructor)) static void scratch_init(void) {
    if (pthread_key_create(&scratch_key, free) != 0)
        abort();
}

#ifdef FIXED
__attribute__((destructor)) static void scratch_fini(void) {
    pthread_key_delete(scratch_key);
}
#endif

char *scratch_buffer(void) {
    char *b = pthread_getspecific(scratch_key);
    if (!b && (b = malloc(256)) != NULL)
        pthread_setspecific(scratch_key, b);
    return b;
}

// CHECK: lib-ctor-no-dtor.c:12:9: warning: key 'scratch_key' created by library init function 'scratch_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: lib-ctor-no-dtor.c:12:9: note: 'pthread_key_create(&scratch_key, free) != 0' is false
// CHECK-NEXT: lib-ctor-no-dtor.c:11:42: note: 'scratch_init' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'scratch_key'
// CHECK-NEXT: fix-it:"{{.*}}":{14:2-14:2}:"\n\n__attribute__((destructor)) static void delete_scratch_key(void) {\n    pthread_key_delete(scratch_key);\n}"
