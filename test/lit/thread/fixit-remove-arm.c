// --fix removes a join or detach that is wrong on every path reaching it
// when it is the whole arm of an `if` with no else whose condition is one
// call compared with a constant: the statement becomes that call alone
// (`if (pthread_detach(w->tid) == 0) pthread_join(w->tid, NULL);` becomes
// `pthread_detach(w->tid);`).  The neighbours with no edit are in
// fixit-none-remove-arm.c.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

int fetch(const char *url);

struct worker {
    pthread_t tid;
    int fd;
};

void worker_stop(struct worker *w) {
    if (pthread_detach(w->tid) == 0)
        pthread_join(w->tid, NULL);
}

static int downloader(void *arg) {
    thrd_detach(thrd_current());
    if (fetch(arg) != 0)
        thrd_detach(thrd_current());
    free(arg);
    return 0;
}

int start_download(char *url) {
    thrd_t t;
    return thrd_create(&t, downloader, url);
}
// CHECK: {{.*}}input.c:25:9: warning: thread 'w->tid' is joined after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}input.c:24:9: note: 'w->tid' detached here
// CHECK-NEXT: {{.*}}input.c:24:9: note: 'pthread_detach(w->tid) == 0' is true
// CHECK-NEXT: fix-it:"{{.*}}input.c":{24:5-24:9}:""
// CHECK-NEXT: fix-it:"{{.*}}input.c":{24:31-25:36}:";"
// CHECK-NEXT: {{.*}}input.c:31:9: warning: thread 'thrd_current()' is detached after it was already detached [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}input.c:29:5: note: 'thrd_current()' detached here
// CHECK-NEXT: {{.*}}input.c:30:9: note: 'fetch(arg) != 0' is true
// CHECK-NEXT: fix-it:"{{.*}}input.c":{30:5-30:9}:""
// CHECK-NEXT: fix-it:"{{.*}}input.c":{30:19-31:37}:";"
// CHECK-NEXT: 2 warnings generated.
// CHECK: threadlint: applied 4 fix-it edits to '{{.*}}input.c'
// FIXED:      void worker_stop(struct worker *w) {
// FIXED-NEXT: pthread_detach(w->tid);
// FIXED:      thrd_detach(thrd_current());
// FIXED-NEXT: fetch(arg);
