// my_detach(t) stands for pthread_detach(t): joining the thread afterwards
// is a misuse.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source src/bg.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source --config-file=/dev/null src/bg.c | count 0
//
// CHECK:      src/bg.c:11:12: warning: thread 't' is joined after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: src/bg.c:8:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: src/bg.c:10:5: note: 't' detached here
// CHECK-NEXT: 1 warning generated.

//--- .threadlint.yaml
wrappers:
  - {name: my_detach, model: pthread_detach, args: [0], can-fail: false}

//--- src/bg.c
#include <pthread.h>

void my_detach(pthread_t t);
static void *work(void *arg) { return arg; }

int background(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    my_detach(t);
    return pthread_join(t, NULL);
}
