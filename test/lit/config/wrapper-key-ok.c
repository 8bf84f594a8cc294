// A key created through a wrapper that can fail: where it failed there is
// no key to delete, and where it succeeded the key is deleted.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/tls.c 2>&1 | count 0

//--- .threadlint.yaml
wrappers:
  - {name: key_new, model: pthread_key_create, args: [1, 0], can-fail: true}

//--- src/tls.c
#include <pthread.h>
#include <stdlib.h>

int key_new(void (*dtor)(void *), pthread_key_t *key);
int check(void);

int run_with_scratch(void) {
    pthread_key_t scratch;
    if (key_new(free, &scratch) != 0)
        return -1;
    if (check()) {
        pthread_key_delete(scratch);
        return -2;
    }
    pthread_setspecific(scratch, NULL);
    pthread_key_delete(scratch);
    return 0;
}
