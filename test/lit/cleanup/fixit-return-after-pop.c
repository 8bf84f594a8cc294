// --fix moves a return that is the region's last statement, right before
// its pthread_cleanup_pop, to after the pop: the pop closes braces the push
// opened and cannot move, the return can.  The value returned must not
// depend on the region (a constant, nothing, or a local declared before
// the push whose address nobody takes).  Returns elsewhere in the region
// get no edit (fixit-none-return.c).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>

static void unlock(void *m) { pthread_mutex_unlock(m); }

int bump(pthread_mutex_t *m, int *v) {
    int rc = 0;
    pthread_mutex_lock(m);
    pthread_cleanup_push(unlock, m);
    (*v)++;
    return rc;
    pthread_cleanup_pop(1);
    return -1;
}

void reset(pthread_mutex_t *m, int *v) {
    pthread_mutex_lock(m);
    pthread_cleanup_push(unlock, m);
    *v = 0;
    return; /* the pop below never ran */
    pthread_cleanup_pop(1);
}

long total(pthread_mutex_t *m, const long *v, int n) {
    pthread_mutex_lock(m);
    pthread_cleanup_push(unlock, m);
    for (int i = 1; i < n; i++)
        if (v[i] < 0)
            break;
    return 0;

    pthread_cleanup_pop(1);
}
// CHECK: {{.*}}input.c:21:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}input.c:19:5: note: cleanup handler pushed here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{21:5-22:5}:""
// CHECK-NEXT: fix-it:"{{.*}}input.c":{22:28-22:28}:"\n    return rc;"
// CHECK-NEXT: {{.*}}input.c:30:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}input.c:28:5: note: cleanup handler pushed here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{30:5-31:5}:""
// CHECK-NEXT: fix-it:"{{.*}}input.c":{31:28-31:28}:"\n    return;"
// CHECK-NEXT: {{.*}}input.c:40:5: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: {{.*}}input.c:36:5: note: cleanup handler pushed here
// CHECK-NEXT: {{.*}}input.c:37:21: note: 'i < n' is false
// CHECK-NEXT: fix-it:"{{.*}}input.c":{40:5-42:5}:""
// CHECK-NEXT: fix-it:"{{.*}}input.c":{42:28-42:28}:"\n    return 0;"
// CHECK-NEXT: 3 warnings generated.
// CHECK: threadlint: applied 6 fix-it edits to '{{.*}}input.c'
// FIXED:      (*v)++;
// FIXED-NEXT: pthread_cleanup_pop(1);
// FIXED-NEXT: return rc;
// FIXED-NEXT: return -1;
// FIXED:      *v = 0;
// FIXED-NEXT: pthread_cleanup_pop(1);
// FIXED-NEXT: return;
// FIXED-NEXT: }
// FIXED:      break;
// FIXED-NEXT: pthread_cleanup_pop(1);
// FIXED-NEXT: return 0;
// FIXED-NEXT: }
