// The create loop stops at the first failure and join_all(th, n) joins what
// was made, but an error return between them skips join_all.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

#define NWORKERS 8

static void *crunch(void *arg) { return arg; }
int prepare(void);

static void join_all(pthread_t *th, int n) {
    for (int i = 0; i < n; i++)
        pthread_join(th[i], NULL);
}

int compute(long *chunks) {
    pthread_t th[NWORKERS];
    int n;
    for (n = 0; n < NWORKERS; n++)
        if (pthread_create(&th[n], NULL, crunch, &chunks[n]) != 0)
            break;
    if (prepare() < 0)
        return -1;
    join_all(th, n);
    return 0;
}

// CHECK: summary-join-all-early-return.c:20:13: warning: threads in 'th[n]' running 'crunch' are neither joined nor detached when 'compute' returns [pthread.ThreadLeak]
// CHECK-NEXT: summary-join-all-early-return.c:20:13: note: 'pthread_create(&th[n], NULL, crunch, &chunks[n]) != 0' is false
// CHECK-NEXT: summary-join-all-early-return.c:19:17: note: 'n < NWORKERS' is false
// CHECK-NEXT: summary-join-all-early-return.c:22:9: note: 'prepare() < 0' is true
// CHECK-NEXT: summary-join-all-early-return.c:23:9: note: 'compute' returns here with 'th[n]' still joinable
// CHECK-NEXT: fix-it:"{{.*}}summary-join-all-early-return.c":{23:9-23:9}:"{ for (int j = n; j-- > 0;) pthread_join(th[j], NULL); "
// CHECK-NEXT: fix-it:"{{.*}}summary-join-all-early-return.c":{23:19-23:19}:" }"
