// The join succeeded and the thread is detached afterwards all the same:
// a release of a thread that was already released.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

static void *serve(void *arg) { return arg; }

int run_once(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, serve, NULL) != 0)
        return -1;
    int rc = pthread_join(t, NULL);
    if (rc == 0) {
        fprintf(stderr, "joined\n");
        pthread_detach(t);
        return -1;
    }
    return 0;
}

struct worker {
    pthread_t tid;
    int fd;
};

void worker_stop(struct worker *w) {
    if (pthread_detach(w->tid) == 0)
        pthread_join(w->tid, NULL);
}

// CHECK: misuse-join-failure-checked.c:16:9: warning: thread 't' is detached after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: misuse-join-failure-checked.c:11:9: note: 'pthread_create(&t, NULL, serve, NULL) != 0' is false
// CHECK-NEXT: misuse-join-failure-checked.c:13:14: note: 't' joined here
// CHECK-NEXT: misuse-join-failure-checked.c:14:9: note: 'rc == 0' is true
// CHECK-NEXT: fix-it:"{{.*}}":{16:9-16:27}:""
// CHECK-NEXT: misuse-join-failure-checked.c:29:9: warning: thread 'w->tid' is joined after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: misuse-join-failure-checked.c:28:9: note: 'w->tid' detached here
// CHECK-NEXT: misuse-join-failure-checked.c:28:9: note: 'pthread_detach(w->tid) == 0' is true
// CHECK-NEXT: fix-it:"{{.*}}misuse-join-failure-checked.c":{28:5-28:9}:""
// CHECK-NEXT: fix-it:"{{.*}}misuse-join-failure-checked.c":{28:31-29:36}:";"
// CHECK-NEXT: 2 warnings generated.
