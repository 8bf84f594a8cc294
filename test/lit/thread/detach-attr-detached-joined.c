// Joining a thread that was created with PTHREAD_CREATE_DETACHED is
// JoinMisuse.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *janitor(void *arg) { return arg; }

int start_janitor(void) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int rc = pthread_create(&t, &attr, janitor, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0)
        return rc;
    pthread_join(t, NULL);
    return 0;
}

// CHECK: detach-attr-detached-joined.c:17:5: warning: thread 't' is joined but it was created detached [pthread.JoinMisuse]
// CHECK-NEXT: detach-attr-detached-joined.c:15:9: note: 'rc != 0' is false
// CHECK-NEXT: fix-it:"{{.*}}":{17:5-17:27}:""
