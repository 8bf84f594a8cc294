// `continue` past the join: a cache hit skips the join, so the resolver
// thread is lost (overwritten next time round, or still joinable when the
// loop ends; the finding walks the second path).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <netdb.h>
#include <pthread.h>
#include <stddef.h>

struct lookup { const char *host; struct addrinfo *res; int cached; };

static void *resolve(void *arg) {
    struct lookup *l = arg;
    (void)getaddrinfo(l->host, "80", NULL, &l->res);
    return NULL;
}

int resolve_all(struct lookup *reqs, size_t n) {
    pthread_t t;
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        if (pthread_create(&t, NULL, resolve, &reqs[i]) != 0) {
            failed++;
            continue;
        }
        if (reqs[i].cached) {
#ifdef FIXED
            pthread_detach(t);
#endif
            continue;
        }
        pthread_join(t, NULL);
    }
    return failed;
}
// CHECK: leak-continue.c:22:13: warning: thread 't' running 'resolve' is neither joined nor detached when 'resolve_all' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-continue.c:22:13: note: 'pthread_create(&t, NULL, resolve, &reqs[i]) != 0' is false
// CHECK-NEXT: leak-continue.c:26:13: note: 'reqs[i].cached' is true
// CHECK-NEXT: leak-continue.c:21:24: note: 'i < n' is false
// CHECK-NEXT: leak-continue.c:34:5: note: 'resolve_all' returns here with 't' still joinable
// CHECK-NEXT: 1 warning generated.
