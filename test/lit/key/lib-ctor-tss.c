// C11: a constructor creates a tss_t in a global; the function it
// registers with atexit frees other state but never calls tss_delete.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <stdlib.h>
#include <threads.h>

tss_t arena_key;
static char *pool;

static void arena_fini(void) {
    free(pool);
}

__attribute__((constructor)) static void arena_init(void) {
    pool = malloc(4096);
    if (tss_create(&arena_key, free) != thrd_success)
        abort();
    atexit(arena_fini);
}

// CHECK: lib-ctor-tss.c:16:9: warning: key 'arena_key' created by library init function 'arena_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: lib-ctor-tss.c:16:9: note: 'tss_create(&arena_key, free) != thrd_success' is false
// CHECK-NEXT: lib-ctor-tss.c:14:42: note: 'arena_init' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'arena_key'
// CHECK-NEXT: lib-ctor-tss.c:10:13: note: 'arena_fini', registered with atexit, does not delete 'arena_key'
// CHECK-NEXT: fix-it:"{{.*}}":{12:1-12:1}:"    tss_delete(arena_key);\n"
