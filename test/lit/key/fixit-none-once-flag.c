// Keys made by pthread_once routines that get no flag (fixit-delete-once-
// flag*.c have the ones that do): the way the create's success goes on is
// shared with its failure (no point says the key was made), the flag's
// name is taken, or nothing but the definition's own line can take a
// declaration before it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t tested_key, taken_key, inline_key;
static pthread_once_t tested_once = PTHREAD_ONCE_INIT, taken_once = PTHREAD_ONCE_INIT,
                      inline_once = PTHREAD_ONCE_INIT;
static int taken_key_made, ready;

static void drop(void *p) { free(p); }

void log_failure(int rc);

static void make_tested_key(void) {
    int rc = pthread_key_create(&tested_key, drop);
    if (rc != 0)
        log_failure(rc);
    ready++;
}

static void make_taken_key(void) {
    pthread_key_create(&taken_key, drop);
    taken_key_made = 2;
}

static int unused; static void make_inline_key(void) { pthread_key_create(&inline_key, drop); }

void *get_all(void) {
    pthread_once(&tested_once, make_tested_key);
    pthread_once(&taken_once, make_taken_key);
    pthread_once(&inline_once, make_inline_key);
    ready = 1;
    return pthread_getspecific(tested_key);
}

__attribute__((destructor)) static void unload(void) {
    ready = 0;
}
// CHECK: {{.*}}fixit-none-once-flag.c:20:14: warning: key 'tested_key' with destructor 'drop' is never deleted: once the library is unloaded, the next thread exit calls 'drop' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}fixit-none-once-flag.c:41:41: note: destructor 'unload' runs at unload but does not delete 'tested_key'
// CHECK-NEXT: {{.*}}fixit-none-once-flag.c:27:5: warning: key 'taken_key' with destructor 'drop' is never deleted: once the library is unloaded, the next thread exit calls 'drop' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}fixit-none-once-flag.c:41:41: note: destructor 'unload' runs at unload but does not delete 'taken_key'
// CHECK-NEXT: {{.*}}fixit-none-once-flag.c:31:56: warning: key 'inline_key' with destructor 'drop' is never deleted: once the library is unloaded, the next thread exit calls 'drop' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}fixit-none-once-flag.c:41:41: note: destructor 'unload' runs at unload but does not delete 'inline_key'
// CHECK-NEXT: 3 warnings generated.
