// --fix deletes a library's keys at unload: in the fini paired with the
// init function by name, in the file's destructor, or in a new destructor
// after the constructor when the file has no unload hook (lib-ctor-no-dtor.c).
// A key made lazily by a pthread_once routine that tests the create's
// result gets no edit (at unload it may not exist; fixit-delete-if-ready.c
// has one with a flag of its own, fixit-delete-once-flag.c one whose
// routine ignores the result and gets a new flag).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: not %threadlint --no-source %t/input.c 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not=warning: --implicit-check-not=fix-it:
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t conn_key, sess_key, log_key, lazy_key;
static pthread_once_t lazy_once = PTHREAD_ONCE_INIT;

int conn_init(void) {
    if (pthread_key_create(&conn_key, free) != 0)
        return -1;
    if (pthread_key_create(&sess_key, free) != 0) {
        pthread_key_delete(conn_key);
        return -1;
    }
    return 0;
}

void conn_fini(void) {
    pthread_key_delete(sess_key);
}

__attribute__((constructor)) static void log_load(void) {
    if (pthread_key_create(&log_key, free) != 0)
        abort();
}

static char *trace_buf;

__attribute__((destructor)) static void trace_unload(void) {
    free(trace_buf);
}

static void lazy_free(void *p) { free(p); }

static void make_lazy_key(void) {
    if (pthread_key_create(&lazy_key, lazy_free) != 0)
        abort();
}

void *lazy_get(void) {
    pthread_once(&lazy_once, make_lazy_key);
    return pthread_getspecific(lazy_key);
}
// CHECK: {{.*}}input.c:20:9: warning: key 'conn_key' created by library init function 'conn_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:20:9: note: 'pthread_key_create(&conn_key, free) != 0' is false
// CHECK-NEXT: {{.*}}input.c:22:9: note: 'pthread_key_create(&sess_key, free) != 0' is false
// CHECK-NEXT: {{.*}}input.c:19:5: note: 'conn_init' is an init function, paired by name with 'conn_fini', and no destructor or atexit function deletes 'conn_key'
// CHECK-NEXT: {{.*}}input.c:40:41: note: destructor 'trace_unload' does not delete 'conn_key'
// CHECK-NEXT: {{.*}}input.c:29:6: note: 'conn_fini' does not delete 'conn_key'
// CHECK-NEXT: fix-it:"{{.*}}input.c":{31:1-31:1}:"    pthread_key_delete(conn_key);\n"
// CHECK-NEXT: {{.*}}input.c:34:9: warning: key 'log_key' created by library init function 'log_load' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:34:9: note: 'pthread_key_create(&log_key, free) != 0' is false
// CHECK-NEXT: {{.*}}input.c:33:42: note: 'log_load' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'log_key'
// CHECK-NEXT: {{.*}}input.c:40:41: note: destructor 'trace_unload' does not delete 'log_key'
// CHECK-NEXT: fix-it:"{{.*}}input.c":{42:1-42:1}:"    pthread_key_delete(log_key);\n"
// CHECK-NEXT: {{.*}}input.c:47:9: warning: key 'lazy_key' with destructor 'lazy_free' is never deleted: once the library is unloaded, the next thread exit calls 'lazy_free' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:40:41: note: destructor 'trace_unload' runs at unload but does not delete 'lazy_key'
// CHECK-NEXT: 3 warnings generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// AFTER: {{.*}}input.c:49:9: warning: key 'lazy_key' with destructor 'lazy_free' is never deleted: once the library is unloaded, the next thread exit calls 'lazy_free' in unmapped code [pthread.KeyLeak]
// AFTER-NEXT: {{.*}}input.c:41:41: note: destructor 'trace_unload' runs at unload but does not delete 'lazy_key'
// AFTER-NEXT: 1 warning generated.
// FIXED:      void conn_fini(void) {
// FIXED-NEXT:     pthread_key_delete(sess_key);
// FIXED-NEXT:     pthread_key_delete(conn_key);
// FIXED-NEXT: }
// FIXED:      free(trace_buf);
// FIXED-NEXT:     pthread_key_delete(log_key);
// FIXED-NEXT: }
