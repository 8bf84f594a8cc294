// A goto to a label after the pop leaves the region without popping.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

int fill(pthread_mutex_t *m, char **out) {
    pthread_mutex_lock(m);
    pthread_cleanup_push((void (*)(void *))pthread_mutex_unlock, m);
    *out = malloc(64);
    if (!*out)
        goto fail;
    pthread_cleanup_pop(1);
    return 0;
fail:
    pthread_mutex_unlock(m);
    return -1;
}

// CHECK: goto-out.c:11:9: warning: 'goto' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: goto-out.c:8:5: note: cleanup handler pushed here
// CHECK-NEXT: goto-out.c:10:10: note: '*out' is false
// CHECK-NEXT: 1 warning generated.
