// The nearest .threadlint.yaml above a source file applies to it, however
// deep the file sits and however it is named on the command line: here
// the project's file turns the leak rule off.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/net/deep/leak.c 2>&1 | count 0
// RUN: cd src/net && %threadlint deep/leak.c ../net/./deep/leak.c 2>&1 | count 0
// RUN: %threadlint %t/src/net/deep/leak.c 2>&1 | count 0
// RUN: cd %t/src/net/deep && %threadlint leak.c 2>&1 | count 0

//--- .threadlint.yaml
checks: '-pthread.ThreadLeak'

//--- src/net/deep/leak.c
#include <pthread.h>

static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}
