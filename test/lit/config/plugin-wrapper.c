// The clang plugin reads the same .threadlint.yaml, found by walking up
// from the main file, and reports what the CLI reports.
// REQUIRES: plugin
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics src/pool.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=error:
// RUN: cd src && %clang_plugin -fsyntax-only -fno-caret-diagnostics pool.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=error:
// RUN: cd %t && not %threadlint --no-source src/pool.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// An explicit config file instead: here one that declares nothing.
// RUN: %clang_plugin -fsyntax-only -fplugin-arg-threadlint-config-file=/dev/null src/pool.c 2>&1 | count 0
// checks= is applied after the file's checks.
// RUN: %clang_plugin -fsyntax-only -fplugin-arg-threadlint-checks=-pthread.ThreadLeak src/pool.c 2>&1 | count 0
//
// CHECK:      pool.c:8:5: warning: thread 't' running 'work' is neither joined nor detached when 'start' returns [pthread.ThreadLeak]
// CHECK-NEXT: pool.c:9:9: note: 'check()' is true
// CHECK-NEXT: pool.c:10:9: note: 'start' returns here with 't' still joinable

//--- .threadlint.yaml
wrappers:
  - {name: thread_spawn, model: pthread_create, args: [0, null, 1, 2], can-fail: false}
  - {name: my_join, model: pthread_join, args: [0, null]}

//--- src/pool.c
#include <pthread.h>
void thread_spawn(pthread_t *t, void *(*fn)(void *), void *arg);
void my_join(pthread_t t);
static void *work(void *arg) { return arg; }
int check(void);
int start(void) {
    pthread_t t;
    thread_spawn(&t, work, NULL);
    if (check())
        return -2;
    my_join(t);
    return 0;
}
