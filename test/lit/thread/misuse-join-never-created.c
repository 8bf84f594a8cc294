// Joining a handle no thread was ever created in.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

int reap(void) {
    pthread_t t;
    return pthread_join(t, NULL);
}

// CHECK: misuse-join-never-created.c:7:12: warning: 't' is joined but no thread was ever created in it [pthread.JoinMisuse]
