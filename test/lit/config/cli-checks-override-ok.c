// --checks on the command line has the last word over the file's checks.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint --checks=-pthread.ThreadLeak src/leak.c 2>&1 | count 0
// RUN: %threadlint --checks=-* src/leak.c 2>&1 | count 0

//--- .threadlint.yaml
checks: 'pthread.ThreadLeak,pthread.JoinMisuse'

//--- src/leak.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}
