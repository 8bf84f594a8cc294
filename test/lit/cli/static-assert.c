// A C11 file with file-scope static assertions is C: analysed, never
// skipped as C++ (libclang's cursor language calls _Static_assert C++).
// <assert.h>'s static_assert, the keyword, and a CTASSERT macro as tor
// spells it; -std=c11 (and the default gnu17) alike.
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source %s | FileCheck %s --implicit-check-not=warning: --implicit-check-not=skipping
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source %s -- -std=c11 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=skipping
// CHECK: static-assert.c:[[@LINE+17]]:5: warning: thread 't' running 'run' is neither joined nor detached when 'spawn' returns [pthread.ThreadLeak]
// CHECK: 1 warning generated.
// CHECK: exit: 1
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
    pthread_create(&t, NULL, run, NULL);
}
