// key_new(dtor, &k) stands for pthread_key_create(&k, dtor), its arguments
// the other way round, and returns its status: the key it creates leaks
// when nothing deletes it.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %threadlint --no-source src/tls.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source --config-file=/dev/null src/tls.c | count 0
//
// CHECK:      src/tls.c:8:9: warning: key 'scratch' is never deleted when 'run_with_scratch' returns [pthread.KeyLeak]
// CHECK-NEXT: src/tls.c:8:9: note: 'key_new(free, &scratch) != 0' is false
// CHECK-NEXT: src/tls.c:11:5: note: 'run_with_scratch' returns here with key 'scratch' still live
// CHECK-NEXT: fix-it:"src/tls.c":{11:5-11:5}:"pthread_key_delete(scratch);\n    "
// CHECK-NEXT: 1 warning generated.

//--- .threadlint.yaml
wrappers:
  - {name: key_new, model: pthread_key_create, args: [1, 0]}

//--- src/tls.c
#include <pthread.h>
#include <stdlib.h>

int key_new(void (*dtor)(void *), pthread_key_t *key);

int run_with_scratch(void) {
    pthread_key_t scratch;
    if (key_new(free, &scratch) != 0)
        return -1;
    pthread_setspecific(scratch, NULL);
    return 0;
}
