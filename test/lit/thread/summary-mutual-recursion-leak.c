// Mutually recursive helpers do not stop the analysis of the caller: an
// error return before the helpers are called still leaks.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *body(void *arg) { return arg; }

static void reap_even(pthread_t *t, int n);

static void reap_odd(pthread_t *t, int n) {
    if (n <= 0) {
        pthread_join(*t, NULL);
        return;
    }
    reap_even(t, n - 1);
}

static void reap_even(pthread_t *t, int n) {
    if (n <= 0) {
        pthread_join(*t, NULL);
        return;
    }
    reap_odd(t, n - 1);
}

int run(int depth) {
    pthread_t t;
    if (pthread_create(&t, NULL, body, NULL) != 0)
        return -1;
    if (depth < 0)
        return -1;
    reap_odd(&t, depth);
    return 0;
}

// CHECK: summary-mutual-recursion-leak.c:28:9: warning: thread 't' running 'body' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: summary-mutual-recursion-leak.c:28:9: note: 'pthread_create(&t, NULL, body, NULL) != 0' is false
// CHECK-NEXT: summary-mutual-recursion-leak.c:30:9: note: 'depth < 0' is true
// CHECK-NEXT: summary-mutual-recursion-leak.c:31:9: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{31:9-31:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}":{31:19-31:19}:" }"
