// A pop under an 'if', an 'else' or a loop compiles with both C libraries
// but does not do what it says.  glibc's pop unregisters the handler
// whatever the condition (only an empty statement stays under it); musl's
// pops only under it, and on the other paths the frame stays registered
// when the region's block ends.  Reported at the pop, with a note at its
// push, and once: nothing else is reported about that region (with musl,
// the paths that skip the pop and later return).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: not %threadlint --no-source -DMUSL %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#ifdef MUSL
#include "Inputs/musl-cleanup.h"
#else
#include <pthread.h>
#endif

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


// CHECK: pop-nested.c:23:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: pop-nested.c:20:5: note: cleanup handler pushed here
// CHECK: pop-nested.c:33:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: pop-nested.c:29:5: note: cleanup handler pushed here
// CHECK: pop-nested.c:40:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: pop-nested.c:38:5: note: cleanup handler pushed here
// CHECK: pop-nested.c:48:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: pop-nested.c:46:5: note: cleanup handler pushed here
// CHECK-NEXT: 4 warnings generated.
