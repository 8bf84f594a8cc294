// A constructor keeps its key in a function-local static: no destructor
// can name it, so it is never deleted.  The constructor deletes it only
// when the rest of its setup fails.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

int install_hooks(void);

__attribute__((constructor)) static void hooks_init(void) {
    static pthread_key_t hook_key;
    if (pthread_key_create(&hook_key, NULL) != 0)
        return;
    if (install_hooks() != 0)
        pthread_key_delete(hook_key);
}

// CHECK: lib-ctor-static-key.c:12:9: warning: key 'hook_key' created by library init function 'hooks_init' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: lib-ctor-static-key.c:12:9: note: 'pthread_key_create(&hook_key, NULL) != 0' is false
// CHECK-NEXT: lib-ctor-static-key.c:14:9: note: 'install_hooks() != 0' is false
// CHECK-NEXT: lib-ctor-static-key.c:10:42: note: 'hooks_init' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'hook_key'
