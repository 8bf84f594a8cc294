// Detaching a thread that was created detached is JoinMisuse too.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *janitor(void *arg) { return arg; }

int start_janitor(void) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&t, &attr, janitor, NULL) != 0) {
        pthread_attr_destroy(&attr);
        return -1;
    }
    pthread_attr_destroy(&attr);
    pthread_detach(t);
    return 0;
}

// CHECK: detach-attr-detached-detached.c:17:5: warning: thread 't' is detached but it was created detached [pthread.JoinMisuse]
// CHECK-NEXT: detach-attr-detached-detached.c:12:9: note: 'pthread_create(&t, &attr, janitor, NULL) != 0' is false
// CHECK-NEXT: fix-it:"{{.*}}detach-attr-detached-detached.c":{17:5-17:23}:""
