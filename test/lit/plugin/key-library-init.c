// A key a library constructor creates in a global and no destructor
// deletes: the plugin reports it exactly as the CLI does, with the notes at
// the constructor and at the destructor that deletes another key.  The
// destructor attribute sits on an earlier declaration and the constructor's
// comes from a macro: both front ends still see them.
// REQUIRES: plugin
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=error:
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %clang_plugin -fsyntax-only -DFIXED %s 2>&1 | count 0
// RUN: %threadlint --no-source -DFIXED %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

#define LIBRARY_INIT __attribute__((constructor))

static pthread_key_t conn_key;
static pthread_key_t stats_key;

static void net_unload(void) __attribute__((destructor));

LIBRARY_INIT static void net_load(void) {
    pthread_key_create(&conn_key, free);
    pthread_key_create(&stats_key, free);
}

static void net_unload(void) {
    pthread_key_delete(conn_key);
#ifdef FIXED
    pthread_key_delete(stats_key);
#endif
}

// CHECK: key-library-init.c:23:5: warning: key 'stats_key' created by library init function 'net_load' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: key-library-init.c:21:26: note: 'net_load' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'stats_key'
// CHECK-NEXT: key-library-init.c:26:13: note: destructor 'net_unload' does not delete 'stats_key'
