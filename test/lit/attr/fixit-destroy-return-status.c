// 'return pthread_create(..., &attr, ...)' leaves the attribute initialised:
// a destroy before the return would come before the create that uses it,
// so --fix keeps the status in a fresh name ('rc' is taken), destroys, and
// returns it; a braceless arm gets braces.  The result compiles and is clean.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_worker(pthread_t *out, int rc) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    pthread_attr_setstacksize(&attr, 1 << 20);
    if (rc)
        return pthread_create(out, &attr, worker, NULL);
    pthread_attr_destroy(&attr);
    return 0;
}

// CHECK: input.c:16:9: warning: attribute 'attr' initialised here is never destroyed when 'start_worker' returns [pthread.AttrLeak]
// CHECK-NEXT: input.c:16:9: note: 'pthread_attr_init(&attr) != 0' is false
// CHECK-NEXT: input.c:19:9: note: 'rc' is true
// CHECK-NEXT: input.c:20:9: note: 'start_worker' returns here with 'attr' still initialised
// CHECK-NEXT: fix-it:"{{.*}}input.c":{20:9-20:16}:"{ int err = "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{20:56-20:57}:"; pthread_attr_destroy(&attr); return err; }"
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      if (rc)
// FIXED-NEXT:   { int err = pthread_create(out, &attr, worker, NULL); pthread_attr_destroy(&attr); return err; }
