// musl's macros: a pop under an 'if', an 'else' or a loop compiles, and
// it pops only under the condition; on the other paths the frame stays
// registered when the region's block ends.  Reported at the pop, with a
// note at its push, and once: the paths that skip the pop and later
// return are not reported again.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include "Inputs/musl-cleanup.h"

static void release(void *p) { (void)p; }

int under_if(int m, void *buf) {
    int x = 0;
    pthread_cleanup_push(release, buf);
    x++;
    if (m)
        pthread_cleanup_pop(1);
    return x;
}

int under_else(int m, void *buf) {
    int x = 0;
    pthread_cleanup_push(release, buf);
    if (m)
        x++;
    else
        pthread_cleanup_pop(0);
    return x;
}

int under_while(int m, void *buf) {
    pthread_cleanup_push(release, buf);
    while (m-- > 0)
        pthread_cleanup_pop(0);
    return m;
}

int under_for(int m, void *buf) {
    int i;
    pthread_cleanup_push(release, buf);
    for (i = 0; i < m; i++)
        pthread_cleanup_pop(1);
    return i;
}

// CHECK: musl-pop-nested.c:16:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: musl-pop-nested.c:13:5: note: cleanup handler pushed here
// CHECK: musl-pop-nested.c:26:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: musl-pop-nested.c:22:5: note: cleanup handler pushed here
// CHECK: musl-pop-nested.c:33:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: musl-pop-nested.c:31:5: note: cleanup handler pushed here
// CHECK: musl-pop-nested.c:41:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: musl-pop-nested.c:39:5: note: cleanup handler pushed here
// CHECK-NEXT: 4 warnings generated.
