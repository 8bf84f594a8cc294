// --config-file=PATH applies to every input, wherever it lives and
// whatever config files sit next to it.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint --config-file=quiet.yaml a/leak.c b/leak.c 2>&1 | count 0

//--- quiet.yaml
checks: '-pthread.ThreadLeak'

//--- a/.threadlint.yaml
checks: 'pthread.*'

//--- a/leak.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}

//--- b/leak.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}
