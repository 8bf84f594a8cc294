// CleanupMisuse through the plugin: the same findings as the CLI, for
// glibc's macros and for musl's (reproduced in a header).
// REQUIRES: plugin
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=error:
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics -DMUSL %s 2>&1 | FileCheck %s --check-prefix=MUSL --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=error:
// RUN: not %threadlint --no-source %s -- -DMUSL 2>&1 | FileCheck %s --check-prefix=MUSL --implicit-check-not=warning: --implicit-check-not=note:
#ifdef MUSL
#include "../cleanup/Inputs/musl-cleanup.h"
#else
#include <pthread.h>
#endif

static void release(void *p) { (void)p; }
int poll_once(int i);

int update(void *buf, int x) {
    pthread_cleanup_push(release, buf);
    if (x)
        return -1;
    pthread_cleanup_pop(1);
    return 0;
}

void drain(void *buf, int n) {
    for (int i = 0; i < n; i++) {
        pthread_cleanup_push(release, buf);
        if (poll_once(i) < 0)
            break;
        pthread_cleanup_pop(0);
    }
}

void drain_ok(void *buf, int n) {
    for (int i = 0; i < n; i++) {
        int rc;
        pthread_cleanup_push(release, buf);
        rc = poll_once(i);
        pthread_cleanup_pop(0);
        if (rc < 0)
            break;
    }
}

// CHECK: cleanup.c:20:9: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// CHECK-NEXT: cleanup.c:18:5: note: cleanup handler pushed here
// CHECK-NEXT: cleanup.c:19:9: note: 'x' is true
// CHECK-NEXT: cleanup.c:29:13: warning: 'break' binds to the do/while hidden in pthread_cleanup_push, not to an enclosing loop or switch [pthread.CleanupMisuse]
// CHECK-NEXT: cleanup.c:27:9: note: cleanup handler pushed here
// CHECK-NEXT: cleanup.c:28:13: note: 'poll_once(i) < 0' is true

// MUSL: cleanup.c:20:9: warning: 'return' leaves a pthread_cleanup_push region without pthread_cleanup_pop; the handler stays registered on a dead stack frame [pthread.CleanupMisuse]
// MUSL-NEXT: cleanup.c:18:5: note: cleanup handler pushed here
// MUSL-NEXT: cleanup.c:19:9: note: 'x' is true
// MUSL-NEXT: cleanup.c:29:13: warning: 'break' binds to the do/while hidden in pthread_cleanup_push, not to an enclosing loop or switch [pthread.CleanupMisuse]
// MUSL-NEXT: cleanup.c:27:9: note: cleanup handler pushed here
// MUSL-NEXT: cleanup.c:28:13: note: 'poll_once(i) < 0' is true
