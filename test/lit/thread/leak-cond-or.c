// `bad_args || pthread_create(...) != 0` on one error test: past it the
// thread exists, and a later timeout return forgets it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <time.h>

struct download { const char *url; int done; int timeout; };
int wait_done(struct download *d, int seconds);

static void *fetcher(void *arg) {
    struct download *d = arg;
    d->done = 1;
    return NULL;
}

int download(struct download *d) {
    pthread_t t;
    if (d->url == NULL || pthread_create(&t, NULL, fetcher, d) != 0)
        return -1;
    if (wait_done(d, d->timeout) != 0) {
#ifdef FIXED
        pthread_detach(t);
#endif
        return -2;
    }
    pthread_join(t, NULL);
    return 0;
}
// CHECK: leak-cond-or.c:19:27: warning: thread 't' running 'fetcher' is neither joined nor detached when 'download' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-cond-or.c:19:27: note: 'pthread_create(&t, NULL, fetcher, d) != 0' is false
// CHECK-NEXT: leak-cond-or.c:21:9: note: 'wait_done(d, d->timeout) != 0' is true
// CHECK-NEXT: leak-cond-or.c:25:9: note: 'download' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-cond-or.c":{25:9-25:9}:"pthread_join(t, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
