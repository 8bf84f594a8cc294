// A pop under an 'if', an 'else' or a loop compiles with glibc's macros,
// but it does not do what it says: glibc's pop unregisters the handler
// whatever the condition (only an empty statement stays under it), so the
// two macros no longer pair as written.  Reported at the pop, with a note
// at its push; nothing else is reported about that region.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

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

// CHECK: pop-nested.c:16:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: pop-nested.c:13:5: note: cleanup handler pushed here
// CHECK: pop-nested.c:26:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: pop-nested.c:22:5: note: cleanup handler pushed here
// CHECK: pop-nested.c:33:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: pop-nested.c:31:5: note: cleanup handler pushed here
// CHECK: pop-nested.c:41:9: warning: pthread_cleanup_pop is not in the same block as its pthread_cleanup_push; the two macros must pair at the same level of braces, not under an 'if' or a loop [pthread.CleanupMisuse]
// CHECK-NEXT: pop-nested.c:39:5: note: cleanup handler pushed here
// CHECK-NEXT: 4 warnings generated.
