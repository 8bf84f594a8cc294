// The constructor creates its key through a same-file helper it hands the
// global to; the helper's summary makes the create the constructor's, so
// the missing delete is reported at the helper call.  A helper that names
// the global itself is not followed (silent).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source -DFIXED %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t req_key;
static pthread_key_t log_key;

static int make_key(pthread_key_t *k) {
    return pthread_key_create(k, free);
}

static void make_log_key(void) {
    pthread_key_create(&log_key, free);
}

__attribute__((constructor)) static void server_init(void) {
    if (make_key(&req_key) != 0)
        abort();
    make_log_key();
}

#ifdef FIXED
__attribute__((destructor)) static void server_fini(void) {
    pthread_key_delete(req_key);
}
#endif

// CHECK: lib-ctor-helper.c:22:9: warning: key 'req_key' created by library init function 'server_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: lib-ctor-helper.c:21:42: note: 'server_init' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'req_key'
// CHECK-NEXT: fix-it:"{{.*}}":{25:2-25:2}:"\n\n__attribute__((destructor)) static void delete_req_key(void) {\n    pthread_key_delete(req_key);\n}"
