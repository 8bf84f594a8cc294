// --fix for a key that a pthread_once routine makes and whose create it
// tests: the new flag is set to 1 first thing on the way the success goes
// on (fixit-delete-once-flag.c sets it from an ignored result), and the
// unload hook deletes the key under it.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_key_t conn_key;
static pthread_once_t conn_once = PTHREAD_ONCE_INIT;
static size_t conn_pool_size;

static void conn_free(void *p) { free(p); }

static void make_conn_key(void) {
    if (pthread_key_create(&conn_key, conn_free) != 0) {
        perror("pthread_key_create");
        return;
    }
    conn_pool_size = 64;
}

void *conn_get(void) {
    pthread_once(&conn_once, make_conn_key);
    return pthread_getspecific(conn_key);
}

static void conn_unload(void) {
    conn_pool_size = 0;
}

__attribute__((constructor)) static void conn_load(void) {
    atexit(conn_unload);
}
// CHECK: {{.*}}input.c:21:9: warning: key 'conn_key' with destructor 'conn_free' is never deleted: once the library is unloaded, the next thread exit calls 'conn_free' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:33:13: note: 'conn_unload', registered with atexit, runs at unload but does not delete 'conn_key'
// CHECK-NEXT: fix-it:"{{.*}}input.c":{20:1-20:1}:"static int conn_key_made;\n\n"
// CHECK-NEXT: fix-it:"{{.*}}input.c":{25:5-25:5}:"conn_key_made = 1;\n    "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{35:1-35:1}:"    if (conn_key_made) pthread_key_delete(conn_key);\n"
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 3 fix-it edits to '{{.*}}input.c'
// FIXED:      static int conn_key_made;
// FIXED-EMPTY:
// FIXED-NEXT: static void make_conn_key(void) {
// FIXED:          return;
// FIXED-NEXT:     }
// FIXED-NEXT:     conn_key_made = 1;
// FIXED-NEXT:     conn_pool_size = 64;
// FIXED:      static void conn_unload(void) {
// FIXED-NEXT:     conn_pool_size = 0;
// FIXED-NEXT:     if (conn_key_made) pthread_key_delete(conn_key);
// FIXED-NEXT: }
