// A writer-preferring rwlock whose attribute leaks when the lock cannot be
// initialised.
// --fix destroys it before that return; the result compiles and is clean.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#define _GNU_SOURCE
#include <pthread.h>

int make_writer_lock(pthread_rwlock_t *rw) {
    pthread_rwlockattr_t ra;
    if (pthread_rwlockattr_init(&ra))
        return -1;
    pthread_rwlockattr_setkind_np(&ra, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    if (pthread_rwlock_init(rw, &ra))
        return -1;
    pthread_rwlockattr_destroy(&ra);
    return 0;
}

// CHECK: input.c:14:9: warning: rwlock attribute 'ra' initialised here is never destroyed when 'make_writer_lock' returns [pthread.AttrLeak]
// CHECK-NEXT: input.c:14:9: note: 'pthread_rwlockattr_init(&ra)' is false
// CHECK-NEXT: input.c:17:9: note: 'pthread_rwlock_init(rw, &ra)' is true
// CHECK-NEXT: input.c:18:9: note: 'make_writer_lock' returns here with 'ra' still initialised
// CHECK-NEXT: fix-it:"{{.*}}input.c":{18:9-18:9}:"{ pthread_rwlockattr_destroy(&ra); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{18:19-18:19}:" }"
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      if (pthread_rwlock_init(rw, &ra))
// FIXED-NEXT: { pthread_rwlockattr_destroy(&ra); return -1; }
// FIXED-NEXT: pthread_rwlockattr_destroy(&ra);
