// The leaking return is inside a TRY() macro expansion.  Inserting a join
// before the macro invocation joins on every path (a double join with the
// join below), so no fix-it may be offered.
// Was a bug: a join fix-it is inserted before 'TRY(setup());', which introduces a double join.
// (this used to be an expected failure)
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }
int setup(void);

#define TRY(expr) do { if ((expr) < 0) return -1; } while (0)

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    TRY(setup());
    pthread_join(t, NULL);
    return 0;
}

// CHECK: fixit-none-return-in-macro.c:16:9: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: fixit-none-return-in-macro.c:16:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: fixit-none-return-in-macro.c:18:5: note: '{{\(setup\(\)\) < 0|TRY\(setup\(\)\)}}' is true
// CHECK-NEXT: fixit-none-return-in-macro.c:18:5: note: 'run' returns here with 't' still joinable
