// The library has a destructor, but it deletes only one of the two keys
// its constructor creates: the other is reported, with a note at the
// destructor that does not delete it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t name_key;
static pthread_key_t errno_key;

__attribute__((constructor)) static void tls_init(void) {
    pthread_key_create(&name_key, free);
    pthread_key_create(&errno_key, free);
}

__attribute__((destructor)) static void tls_fini(void) {
    pthread_key_delete(name_key);
}

// CHECK: lib-ctor-dtor-other-key.c:13:5: warning: key 'errno_key' created by library init function 'tls_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: lib-ctor-dtor-other-key.c:11:42: note: 'tls_init' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'errno_key'
// CHECK-NEXT: lib-ctor-dtor-other-key.c:16:41: note: destructor 'tls_fini' does not delete 'errno_key'
// CHECK-NEXT: fix-it:"{{.*}}":{18:1-18:1}:"    pthread_key_delete(errno_key);\n"
