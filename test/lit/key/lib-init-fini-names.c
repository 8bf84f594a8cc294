// No attributes, but a conventional pair: `log_init` creates the key and
// its sibling `log_fini` exists and deletes another key, not this one.
// The pair counts only when the fini is defined here and lacks the delete.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source -DFIXED %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t log_buf_key;
static pthread_key_t log_ctx_key;

int log_init(void) {
    if (pthread_key_create(&log_buf_key, free) != 0)
        return -1;
    if (pthread_key_create(&log_ctx_key, free) != 0) {
        pthread_key_delete(log_buf_key);
        return -1;
    }
    return 0;
}

void log_fini(void) {
    pthread_key_delete(log_ctx_key);
#ifdef FIXED
    pthread_key_delete(log_buf_key);
#endif
}

// CHECK: lib-init-fini-names.c:13:9: warning: key 'log_buf_key' created by library init function 'log_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: lib-init-fini-names.c:13:9: note: 'pthread_key_create(&log_buf_key, free) != 0' is false
// CHECK-NEXT: lib-init-fini-names.c:15:9: note: 'pthread_key_create(&log_ctx_key, free) != 0' is false
// CHECK-NEXT: lib-init-fini-names.c:12:5: note: 'log_init' is an init function, paired by name with 'log_fini', and no destructor or atexit function deletes 'log_buf_key'
// CHECK-NEXT: lib-init-fini-names.c:22:6: note: 'log_fini' does not delete 'log_buf_key'
// CHECK-NEXT: fix-it:"{{.*}}":{27:1-27:1}:"    pthread_key_delete(log_buf_key);\n"
