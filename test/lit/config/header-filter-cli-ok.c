// --header-filter on the command line replaces the file's header-filter.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint --header-filter='nomatch' src/main.c -Iinclude 2>&1 | count 0

//--- .threadlint.yaml
header-filter: '.*'

//--- include/spawn.h
#include <pthread.h>
static void *work(void *arg) { return arg; }

static inline void spawn_one(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}

//--- src/main.c
#include "spawn.h"

int main(void) {
    spawn_one();
    return 0;
}
