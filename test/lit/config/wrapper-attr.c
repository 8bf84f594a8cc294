// xattr_init(&a) stands for pthread_attr_init and aborts on failure: the
// attribute object it initialises must still be destroyed.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source src/start.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source --config-file=/dev/null src/start.c | count 0
//
// CHECK:      src/start.c:9:5: warning: attribute 'attr' initialised here is never destroyed when 'start_worker' returns [pthread.AttrLeak]
// CHECK-NEXT: src/start.c:11:5: note: 'start_worker' returns here with 'attr' still initialised
// CHECK-NEXT: fix-it:"src/start.c":{11:5-11:12}:"int rc = "
// CHECK-NEXT: fix-it:"src/start.c":{11:52-11:53}:";\n    pthread_attr_destroy(&attr);\n    return rc;"
// CHECK-NEXT: 1 warning generated.

//--- .threadlint.yaml
wrappers:
  - {name: xattr_init, model: pthread_attr_init, args: [0], can-fail: false}

//--- src/start.c
#include <pthread.h>

void xattr_init(pthread_attr_t *attr);
static void *worker(void *arg) { return arg; }

int start_worker(pthread_t *out) {
    pthread_attr_t attr;

    xattr_init(&attr);
    pthread_attr_setstacksize(&attr, 1 << 20);
    return pthread_create(out, &attr, worker, NULL);
}
