// --fix destroys the attribute before the error return that forgets it;
// the attribute is destroyed on the other paths and initialised on every
// path reaching that return.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdio.h>

static void *logger(void *arg) { return arg; }

int start_logger(pthread_t *t, size_t stack) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return -1;
    if (pthread_attr_setstacksize(&attr, stack) != 0) {
        fprintf(stderr, "bad stack size %zu\n", stack);
        return -1;
    }
    int rc = pthread_create(t, &attr, logger, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}

// CHECK: input.c:16:9: warning: attribute 'attr' initialised here is never destroyed when 'start_logger' returns [pthread.AttrLeak]
// CHECK-NEXT: input.c:16:9: note: 'pthread_attr_init(&attr) != 0' is false
// CHECK-NEXT: input.c:18:9: note: 'pthread_attr_setstacksize(&attr, stack) != 0' is true
// CHECK-NEXT: input.c:20:9: note: 'start_logger' returns here with 'attr' still initialised
// CHECK-NEXT: fix-it:"{{.*}}input.c":{20:9-20:9}:"pthread_attr_destroy(&attr);\n        "
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 1 fix-it edit to '{{.*}}input.c'
// FIXED:      fprintf(stderr, "bad stack size %zu\n", stack);
// FIXED-NEXT: pthread_attr_destroy(&attr);
// FIXED-NEXT: return -1;
