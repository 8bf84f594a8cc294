// --config-file=PATH replaces the search: the file next to the source is
// not read at all (it would turn the rule off, and it is not even valid).
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source --config-file=%t/ci/strict.yaml src/leak.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: not %threadlint --no-source --config-file %t/ci/strict.yaml src/leak.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
//
// CHECK:      src/leak.c:8:5: warning: thread 't' running 'work' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK-NEXT: src/leak.c:9:1: note: 'fire' returns here with 't' still joinable
// CHECK-NEXT: 1 warning generated.

//--- src/.threadlint.yaml
checks: '-*'
this is: [not, read

//--- ci/strict.yaml
wrappers:
  - {name: spawn, model: pthread_create, args: [0, null, 1, 2], can-fail: false}

//--- src/leak.c
#include <pthread.h>

void spawn(pthread_t *t, void *(*fn)(void *), void *arg);
static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    spawn(&t, work, NULL);
}
