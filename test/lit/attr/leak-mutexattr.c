// A recursive-mutex helper that forgets pthread_mutexattr_destroy when
// pthread_mutexattr_settype fails.
// --fix destroys it before that return; the result compiles and is clean.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

int make_recursive(pthread_mutex_t *m) {
    pthread_mutexattr_t ma;
    if (pthread_mutexattr_init(&ma) != 0)
        return -1;
    if (pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE) != 0)
        return -1;
    int rc = pthread_mutex_init(m, &ma);
    pthread_mutexattr_destroy(&ma);
    return rc;
}

// CHECK: input.c:13:9: warning: mutex attribute 'ma' initialised here is never destroyed when 'make_recursive' returns [pthread.AttrLeak]
// CHECK-NEXT: input.c:13:9: note: 'pthread_mutexattr_init(&ma) != 0' is false
// CHECK-NEXT: input.c:15:9: note: 'pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE) != 0' is true
// CHECK-NEXT: input.c:16:9: note: 'make_recursive' returns here with 'ma' still initialised
// CHECK-NEXT: fix-it:"{{.*}}input.c":{16:9-16:9}:"{ pthread_mutexattr_destroy(&ma); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{16:19-16:19}:" }"
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      if (pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE) != 0)
// FIXED-NEXT: { pthread_mutexattr_destroy(&ma); return -1; }
// FIXED-NEXT: int rc = pthread_mutex_init(m, &ma);
