// The silent twin of static-assert.c: the same static assertions around a
// thread that is joined.  Analysed, nothing reported, nothing skipped.
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source --stats %s | FileCheck %s --implicit-check-not=warning: --implicit-check-not=skipping
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source --stats %s -- -std=c11 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=skipping
// CHECK: files analysed: 1
// CHECK: exit: 0
#include <assert.h>
#include <pthread.h>

#define CTASSERT(x) _Static_assert((x), #x)

static_assert(sizeof(pthread_t) >= sizeof(char), "pthread_t holds a char");
_Static_assert(sizeof(int) >= 2, "int has 16 bits");
CTASSERT(sizeof(long) >= sizeof(int));

static void *run(void *arg) { return arg; }

void spawn(void) {
    pthread_t t;
    _Static_assert(sizeof t > 0, "inside a function too");
    if (pthread_create(&t, NULL, run, NULL) == 0)
        pthread_join(t, NULL);
}
