// --fix gives a library with no unload hook a destructor of its own, right
// after the constructor, for the key the constructor makes; its name says
// which key it deletes.  A key in a function-local static gets none (no
// other function can name it).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: not %threadlint --no-source %t/input.c 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not=warning: --implicit-check-not=fix-it:
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

static pthread_key_t scratch_key;
static tss_t arena_key;

__attribute__((constructor)) static void scratch_init(void) {
    if (pthread_key_create(&scratch_key, free) != 0)
        abort();
}

__attribute__((constructor)) static void arena_init(void) {
    if (tss_create(&arena_key, free) != thrd_success)
        abort();
}

__attribute__((constructor)) static void hooks_init(void) {
    static pthread_key_t hook_key;
    if (pthread_key_create(&hook_key, NULL) != 0)
        abort();
}

// CHECK: {{.*}}input.c:18:9: warning: key 'scratch_key' created by library init function 'scratch_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:18:9: note: 'pthread_key_create(&scratch_key, free) != 0' is false
// CHECK-NEXT: {{.*}}input.c:17:42: note: 'scratch_init' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'scratch_key'
// CHECK-NEXT: fix-it:"{{.*}}input.c":{20:2-20:2}:"\n\n__attribute__((destructor)) static void delete_scratch_key(void) {\n    pthread_key_delete(scratch_key);\n}"
// CHECK-NEXT: {{.*}}input.c:23:9: warning: key 'arena_key' created by library init function 'arena_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:23:9: note: 'tss_create(&arena_key, free) != thrd_success' is false
// CHECK-NEXT: {{.*}}input.c:22:42: note: 'arena_init' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'arena_key'
// CHECK-NEXT: fix-it:"{{.*}}input.c":{25:2-25:2}:"\n\n__attribute__((destructor)) static void delete_arena_key(void) {\n    tss_delete(arena_key);\n}"
// CHECK-NEXT: {{.*}}input.c:29:9: warning: key 'hook_key' created by library init function 'hooks_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:29:9: note: 'pthread_key_create(&hook_key, NULL) != 0' is false
// CHECK-NEXT: {{.*}}input.c:27:42: note: 'hooks_init' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'hook_key'
// CHECK-NEXT: 3 warnings generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// AFTER: {{.*}}input.c:37:9: warning: key 'hook_key' created by library init function 'hooks_init' is never deleted [pthread.KeyLeak]
// AFTER-NEXT: {{.*}}input.c:37:9: note: 'pthread_key_create(&hook_key, NULL) != 0' is false
// AFTER-NEXT: {{.*}}input.c:35:42: note: 'hooks_init' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'hook_key'
// AFTER-NEXT: {{.*}}input.c:22:41: note: destructor 'delete_scratch_key' does not delete 'hook_key'
// AFTER-NEXT: {{.*}}input.c:31:41: note: destructor 'delete_arena_key' does not delete 'hook_key'
// AFTER-NEXT: 1 warning generated.
// FIXED:      __attribute__((destructor)) static void delete_scratch_key(void) {
// FIXED-NEXT:     pthread_key_delete(scratch_key);
// FIXED-NEXT: }
// FIXED:      __attribute__((destructor)) static void delete_arena_key(void) {
// FIXED-NEXT:     tss_delete(arena_key);
// FIXED-NEXT: }
