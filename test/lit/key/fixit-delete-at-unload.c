// --fix deletes a library's keys at unload: in the fini paired with the
// init function by name, in the file's destructor, or in a new destructor
// after the constructor when the file has no unload hook (lib-ctor-no-dtor.c).
// Keys made lazily are deleted under a flag: fixit-delete-if-ready.c (the
// file's own flag), fixit-delete-once-flag*.c (a new flag for a
// pthread_once routine's key).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t conn_key, sess_key, log_key;

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
// FIXED:      void conn_fini(void) {
// FIXED-NEXT:     pthread_key_delete(sess_key);
// FIXED-NEXT:     pthread_key_delete(conn_key);
// FIXED-NEXT: }
// FIXED:      free(trace_buf);
// FIXED-NEXT:     pthread_key_delete(log_key);
// FIXED-NEXT: }
// CHECK: {{.*}}input.c:18:9: warning: key 'conn_key' created by library init function 'conn_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:18:9: note: 'pthread_key_create(&conn_key, free) != 0' is false
// CHECK-NEXT: {{.*}}input.c:20:9: note: 'pthread_key_create(&sess_key, free) != 0' is false
// CHECK-NEXT: {{.*}}input.c:17:5: note: 'conn_init' is an init function, paired by name with 'conn_fini', and no destructor or atexit function deletes 'conn_key'
// CHECK-NEXT: {{.*}}input.c:38:41: note: destructor 'trace_unload' does not delete 'conn_key'
// CHECK-NEXT: {{.*}}input.c:27:6: note: 'conn_fini' does not delete 'conn_key'
// CHECK-NEXT: fix-it:"{{.*}}input.c":{29:1-29:1}:"    pthread_key_delete(conn_key);\n"
// CHECK-NEXT: {{.*}}input.c:32:9: warning: key 'log_key' created by library init function 'log_load' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:32:9: note: 'pthread_key_create(&log_key, free) != 0' is false
// CHECK-NEXT: {{.*}}input.c:31:42: note: 'log_load' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'log_key'
// CHECK-NEXT: {{.*}}input.c:38:41: note: destructor 'trace_unload' does not delete 'log_key'
// CHECK-NEXT: fix-it:"{{.*}}input.c":{40:1-40:1}:"    pthread_key_delete(log_key);\n"
// CHECK-NEXT: 2 warnings generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
