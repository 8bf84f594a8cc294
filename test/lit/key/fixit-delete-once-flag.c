// --fix gives a key that a pthread_once routine makes, ignoring the
// create's result, a flag that says it was made: the routine sets it from
// the result, it is declared before the first of the routine and the
// unload hook, and the hook deletes the key under it.  At unload the key
// may not exist (the once routine never ran, or its create failed), and
// deleting an unmade key deletes whatever key has its number.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static char *arena_base;

static void scratch_free(void *p) { free(p); }

/* the library's unload hook, before the routine that makes the key */
__attribute__((destructor)) static void arena_unload(void) {
    free(arena_base);
}

static void
make_scratch_key(void)
{
    pthread_key_create(&scratch_key, scratch_free);
}

void *scratch_get(void) {
    pthread_once(&scratch_once, make_scratch_key);
    return pthread_getspecific(scratch_key);
}
// CHECK: {{.*}}input.c:29:5: warning: key 'scratch_key' with destructor 'scratch_free' is never deleted: once the library is unloaded, the next thread exit calls 'scratch_free' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}input.c:22:41: note: destructor 'arena_unload' runs at unload but does not delete 'scratch_key'
// CHECK-NEXT: fix-it:"{{.*}}input.c":{22:1-22:1}:"static int scratch_key_made;\n\n"
// CHECK-NEXT: fix-it:"{{.*}}input.c":{24:1-24:1}:"    if (scratch_key_made) pthread_key_delete(scratch_key);\n"
// CHECK-NEXT: fix-it:"{{.*}}input.c":{29:5-29:5}:"scratch_key_made = "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{29:51-29:51}:" == 0"
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 4 fix-it edits to '{{.*}}input.c'
// FIXED:      static int scratch_key_made;
// FIXED-EMPTY:
// FIXED-NEXT: __attribute__((destructor)) static void arena_unload(void) {
// FIXED-NEXT:     free(arena_base);
// FIXED-NEXT:     if (scratch_key_made) pthread_key_delete(scratch_key);
// FIXED-NEXT: }
// FIXED:      {
// FIXED-NEXT:     scratch_key_made = pthread_key_create(&scratch_key, scratch_free) == 0;
// FIXED-NEXT: }
