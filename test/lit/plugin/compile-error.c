// A TU with errors is clang's business alone: the plugin stays silent and
// clang's diagnostics are exactly those without the plugin.
// REQUIRES: plugin
// RUN: not %clang_plugin -fsyntax-only -fno-caret-diagnostics %s > %t.plugin 2>&1
// RUN: not %clang -fsyntax-only -fno-caret-diagnostics %s > %t.plain 2>&1
// RUN: diff %t.plain %t.plugin
// RUN: FileCheck %s --implicit-check-not=pthread. < %t.plugin
#include <pthread.h>

static void *work(void *arg) { return arg; }

int leak(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
    return undeclared_variable;
}
// CHECK: compile-error.c:15:12: error: use of undeclared identifier 'undeclared_variable'
