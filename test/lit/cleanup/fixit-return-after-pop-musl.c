// musl's macros: the return that ends the region moves after
// _pthread_cleanup_pop as with glibc's (fixit-return-after-pop.c).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c && cp %S/Inputs/musl-cleanup.h %t/
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include "musl-cleanup.h"

static void release(void *p) { (void)p; }

int update(void *buf, int x) {
    int rc = x * 2;
    pthread_cleanup_push(release, buf);
    rc += x;
    return rc;
    pthread_cleanup_pop(1);
    return 0;
}
// CHECK: {{.*}}input.c:16:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}input.c:14:5: note: cleanup handler pushed here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{16:5-17:5}:""
// CHECK-NEXT: fix-it:"{{.*}}input.c":{17:28-17:28}:"\n    return rc;"
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      rc += x;
// FIXED-NEXT: pthread_cleanup_pop(1);
// FIXED-NEXT: return rc;
// FIXED-NEXT: return 0;
