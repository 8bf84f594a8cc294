// The attribute is set DETACHED but pthread_create is given NULL: the thread
// is joinable and leaks.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *janitor(void *arg) { return arg; }

int start_janitor(void) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int rc = pthread_create(&t, NULL, janitor, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}

// CHECK: detach-attr-not-passed-leak.c:13:14: warning: thread 't' running 'janitor' is neither joined nor detached when 'start_janitor' returns [pthread.ThreadLeak]
// CHECK-NEXT: detach-attr-not-passed-leak.c:15:5: note: 'start_janitor' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{13:54-13:54}:"\n    if (rc == 0)\n        pthread_detach(t);"
