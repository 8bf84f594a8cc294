// A wrapper defined in the same file: its declaration in the config wins
// over its summary at every call, and its own body, which hands the
// caller's handle to pthread_create, is no leak.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/spawn.c 2>&1 | count 0
// RUN: %threadlint --dump-ir src/spawn.c | FileCheck %s
// CHECK:     func start
// CHECK-NOT: func
// CHECK:     call pthread_create(&t, -, work, NULL=0)  [extern expr-stmt in-compound cannot-fail]

//--- .threadlint.yaml
wrappers:
  - {name: spawn, model: pthread_create, args: [0, null, 1, 2], can-fail: false}

//--- src/spawn.c
#include <pthread.h>
#include <stdlib.h>

void spawn(pthread_t *t, void *(*fn)(void *), void *arg) {
    if (pthread_create(t, NULL, fn, arg) != 0)
        abort();
}

static void *work(void *arg) { return arg; }

void start(void) {
    pthread_t t;
    spawn(&t, work, NULL);
    pthread_join(t, NULL);
}
