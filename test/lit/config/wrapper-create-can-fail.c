// xpthread_create stands for pthread_create and returns its status
// (can-fail: true, the default): the thread exists only where that status
// is 0, a join on the failure path is a misuse, and findings point at the
// wrapper call.  The join fix-it uses the real API.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source src/server.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// Without the declaration the wrapper is an unknown function: silence.
// RUN: %threadlint --no-source --config-file=/dev/null src/server.c | count 0
//
// CHECK:      src/server.c:9:9: warning: thread 't' running 'work' is neither joined nor detached when 'serve' returns [pthread.ThreadLeak]
// CHECK-NEXT: src/server.c:9:9: note: 'xpthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: src/server.c:11:9: note: 'check()' is true
// CHECK-NEXT: src/server.c:12:9: note: 'serve' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"src/server.c":{12:9-12:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"src/server.c":{12:19-12:19}:" }"
// CHECK-NEXT: src/server.c:20:9: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: src/server.c:19:9: note: 'xpthread_create(&t, NULL, work, NULL) != 0' is true
// CHECK-NEXT: fix-it:"src/server.c":{20:9-20:31}:""
// CHECK-NEXT: src/server.c:28:5: warning: thread 't' running 'work' is neither joined nor detached when 'fire_and_forget' returns [pthread.ThreadLeak]
// CHECK-NEXT: src/server.c:29:1: note: 'fire_and_forget' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"src/server.c":{28:5-28:5}:"if ("
// CHECK-NEXT: fix-it:"src/server.c":{28:42-28:42}:" == 0)\n        pthread_detach(t)"
// CHECK-NEXT: 3 warnings generated.

//--- .threadlint.yaml
wrappers:
  - name: xpthread_create
    model: pthread_create
    args: [0, 1, 2, 3]
    can-fail: true

//--- src/server.c
#include <pthread.h>

int xpthread_create(pthread_t *t, const pthread_attr_t *attr, void *(*fn)(void *), void *arg);
static void *work(void *arg) { return arg; }
int check(void);

int serve(void) {
    pthread_t t;
    if (xpthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (check())
        return -2;
    pthread_join(t, NULL);
    return 0;
}

int retry(void) {
    pthread_t t;
    if (xpthread_create(&t, NULL, work, NULL) != 0) {
        pthread_join(t, NULL);
        return -1;
    }
    return pthread_join(t, NULL);
}

void fire_and_forget(void) {
    pthread_t t;
    xpthread_create(&t, NULL, work, NULL);
}
