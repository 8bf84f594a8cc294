// thread_spawn(&t, fn, arg) aborts when pthread_create fails (can-fail:
// false) and takes no attribute (null in args): the thread always exists
// after the call, running the wrapper's second argument.  No fix-it wraps
// the call in `if (... == 0)`: its result is no status.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source src/pool.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source --config-file=/dev/null src/pool.c | count 0
//
// CHECK:      src/pool.c:9:5: warning: thread 't' running 'work' is neither joined nor detached when 'start' returns [pthread.ThreadLeak]
// CHECK-NEXT: src/pool.c:10:9: note: 'check()' is true
// CHECK-NEXT: src/pool.c:11:9: note: 'start' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"src/pool.c":{11:9-11:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"src/pool.c":{11:19-11:19}:" }"
// CHECK-NEXT: src/pool.c:18:5: warning: thread 'w' running 'work' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK-NEXT: src/pool.c:19:1: note: 'fire' returns here with 'w' still joinable
// CHECK-NEXT: 2 warnings generated.

//--- .threadlint.yaml
wrappers:
  - name: thread_spawn
    model: pthread_create
    args: [0, null, 1, 2]   # (&t, fn, arg): no attribute
    can-fail: false

//--- src/pool.c
#include <pthread.h>

void thread_spawn(pthread_t *t, void *(*fn)(void *), void *arg);
static void *work(void *arg) { return arg; }
int check(void);

int start(void) {
    pthread_t t;
    thread_spawn(&t, work, NULL);
    if (check())
        return -2;
    pthread_join(t, NULL);
    return 0;
}

void fire(void) {
    pthread_t w;
    thread_spawn(&w, work, NULL);
}
