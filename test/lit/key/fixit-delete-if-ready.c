// --fix deletes a lazily made key at unload under the flag that says it
// was made: `if (!ready) { if (pthread_key_create(&key, dtor) != 0) ...;
// ready = 1; }` gets `if (ready) pthread_key_delete(key);` as the last
// statement of the file's destructor.  No edit where the flag does not
// say so: set before the create is known to have succeeded.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: not %threadlint --no-source %t/input.c 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not=warning: --implicit-check-not=fix-it:
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t ctx_key, buf_key;
static int ctx_ready, buf_ready;
static char *pool;

static void ctx_free(void *p) { free(p); }
static void buf_free(void *p) { free(p); }

void *ctx_get(void) {
    if (!ctx_ready) {
        if (pthread_key_create(&ctx_key, ctx_free) != 0)
            return NULL;
        ctx_ready = 1;
    }
    return pthread_getspecific(ctx_key);
}

void *buf_get(void) {
    if (!buf_ready) {
        buf_ready = 1;
        if (pthread_key_create(&buf_key, buf_free) != 0)
            return NULL;
    }
    return pthread_getspecific(buf_key);
}

__attribute__((destructor)) static void lib_unload(void) {
    free(pool);
}
// CHECK: {{.*}}input.c:23:13: warning: key 'ctx_key' with destructor 'ctx_free' is never deleted: once the library is unloaded, the next thread exit calls 'ctx_free' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:39:41: note: destructor 'lib_unload' runs at unload but does not delete 'ctx_key'
// CHECK-NEXT: fix-it:"{{.*}}input.c":{41:1-41:1}:"    if (ctx_ready) pthread_key_delete(ctx_key);\n"
// CHECK-NEXT: {{.*}}input.c:33:13: warning: key 'buf_key' with destructor 'buf_free' is never deleted: once the library is unloaded, the next thread exit calls 'buf_free' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:39:41: note: destructor 'lib_unload' runs at unload but does not delete 'buf_key'
// CHECK-NEXT: 2 warnings generated.
// CHECK: threadlint: applied 1 fix-it edit to '{{.*}}input.c'
// FIXED:      free(pool);
// FIXED-NEXT: if (ctx_ready) pthread_key_delete(ctx_key);
// AFTER: {{.*}}input.c:33:13: warning: key 'buf_key' with destructor 'buf_free' is never deleted: once the library is unloaded, the next thread exit calls 'buf_free' in unmapped code [pthread.KeyLeak]
// AFTER-NEXT: {{.*}}input.c:39:41: note: destructor 'lib_unload' runs at unload but does not delete 'buf_key'
// AFTER-NEXT: 1 warning generated.
