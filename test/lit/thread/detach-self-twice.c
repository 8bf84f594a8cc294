// A start routine that detaches itself at the start and again on its error
// path: the second detach is of a thread that is already detached.  C11
// threads alike.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

int fetch(const char *url);

static void *downloader(void *arg) {
    pthread_detach(pthread_self());
    if (fetch(arg) != 0) {
        pthread_detach(pthread_self());
        free(arg);
        return NULL;
    }
    free(arg);
    return NULL;
}

static int c11_downloader(void *arg) {
    thrd_detach(thrd_current());
    if (fetch(arg) != 0)
        thrd_detach(thrd_current());
    free(arg);
    return 0;
}

// CHECK: detach-self-twice.c:14:9: warning: thread 'pthread_self()' is detached after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: detach-self-twice.c:12:5: note: 'pthread_self()' detached here
// CHECK-NEXT: detach-self-twice.c:13:9: note: 'fetch(arg) != 0' is true
// CHECK-NEXT: fix-it:"{{.*}}":{14:9-14:40}:""
// CHECK-NEXT: detach-self-twice.c:25:9: warning: thread 'thrd_current()' is detached after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: detach-self-twice.c:23:5: note: 'thrd_current()' detached here
// CHECK-NEXT: detach-self-twice.c:24:9: note: 'fetch(arg) != 0' is true
// CHECK-NEXT: fix-it:"{{.*}}detach-self-twice.c":{24:5-24:9}:""
// CHECK-NEXT: fix-it:"{{.*}}detach-self-twice.c":{24:19-25:37}:";"
// CHECK-NEXT: 2 warnings generated.
