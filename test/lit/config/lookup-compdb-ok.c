// With -p, a source file is found through its compile command's
// directory, and the config file above it applies, wherever threadlint
// runs from.
// RUN: rm -rf %t && split-file %s %t
// RUN: %python %S/../cli/Inputs/write_compdb.py %t/build \
// RUN:   --entry %t/proj/src leak.c "cc -c leak.c" \
// RUN:   --entry %t/proj "src/sub/leak2.c" "cc -c src/sub/leak2.c"
// RUN: cd %t/build && %threadlint -p . --quiet 2>&1 | count 0
// RUN: cd / && %threadlint -p %t/build %t/proj/src/sub/leak2.c 2>&1 | count 0

//--- proj/.threadlint.yaml
checks: '-*'

//--- proj/src/leak.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}

//--- proj/src/sub/leak2.c
#include <pthread.h>
static void *work(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}
