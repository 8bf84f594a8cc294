// A create loop over th[i] with no join loop afterwards: every worker is
// lost when the function returns.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stddef.h>

#define NWORKERS 4

struct slice { const double *v; size_t len; double sum; };

static void *sum_slice(void *arg) {
    struct slice *s = arg;
    s->sum = 0;
    for (size_t k = 0; k < s->len; k++)
        s->sum += s->v[k];
    return NULL;
}

double parallel_sum(const double *v, size_t len) {
    pthread_t th[NWORKERS];
    struct slice sl[NWORKERS];
    double total = 0;
    int i;

    for (i = 0; i < NWORKERS; i++) {
        sl[i].v = v + (len / NWORKERS) * (size_t)i;
        sl[i].len = len / NWORKERS;
        pthread_create(&th[i], NULL, sum_slice, &sl[i]);
    }
#ifdef FIXED
    for (i = 0; i < NWORKERS; i++)
        pthread_join(th[i], NULL);
#endif
    for (i = 0; i < NWORKERS; i++)
        total += sl[i].sum;
    return total;
}
// CHECK: leak-array-no-join.c:29:9: warning: threads in 'th[i]' running 'sum_slice' are neither joined nor detached when 'parallel_sum' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-array-no-join.c:26:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: leak-array-no-join.c:35:17: note: 'i < NWORKERS' is false
// CHECK-NEXT: leak-array-no-join.c:37:5: note: 'parallel_sum' returns here with 'th[i]' still joinable
// CHECK-NEXT: 1 warning generated.

// No pthread_detach fix-it: each thread is given an element of a local array,
// which a detached thread would outlive (pthread.ArgLifetime).
