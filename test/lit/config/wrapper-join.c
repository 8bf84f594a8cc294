// my_join(t) stands for pthread_join(t, NULL): a second join of the same
// thread, by the wrapper or the real API, is a misuse, and so is a join of
// a thread whose creation failed.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source src/stop.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source --config-file=/dev/null src/stop.c | count 0
//
// CHECK:      src/stop.c:11:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: src/stop.c:8:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: src/stop.c:10:5: note: 't' joined here
// CHECK-NEXT: fix-it:"src/stop.c":{11:5-11:16}:""
// CHECK-NEXT: src/stop.c:17:9: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: src/stop.c:16:9: note: 'pthread_create(&t, NULL, work, NULL)' is true
// CHECK-NEXT: fix-it:"src/stop.c":{17:9-17:20}:""
// CHECK-NEXT: 2 warnings generated.

//--- .threadlint.yaml
wrappers:
  - name: my_join
    model: pthread_join
    args: [0, null]   # the result is dropped
    can-fail: false

//--- src/stop.c
#include <pthread.h>

void my_join(pthread_t t);
static void *work(void *arg) { return arg; }

void twice(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return;
    my_join(t);
    my_join(t);
}

void failed(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL)) {
        my_join(t);
        return;
    }
    my_join(t);
}
