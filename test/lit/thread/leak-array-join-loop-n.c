// A create loop over th[i] for i < n (n a parameter), then a join loop
// over the same range: every started worker is joined. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stddef.h>

#define MAX_WORKERS 64

struct slice { const double *v; size_t len; double sum; };

static void *sum_slice(void *arg) {
    struct slice *s = arg;
    s->sum = 0;
    for (size_t k = 0; k < s->len; k++)
        s->sum += s->v[k];
    return NULL;
}

double parallel_sum(const double *v, size_t len, int n) {
    pthread_t th[MAX_WORKERS];
    struct slice sl[MAX_WORKERS];
    double total = 0;
    int i;

    if (n <= 0 || n > MAX_WORKERS)
        return -1;
    for (i = 0; i < n; i++) {
        sl[i].v = v + (len / (size_t)n) * (size_t)i;
        sl[i].len = len / (size_t)n;
        pthread_create(&th[i], NULL, sum_slice, &sl[i]);
    }
    for (i = 0; i < n; i++) {
        pthread_join(th[i], NULL);
        total += sl[i].sum;
    }
    return total;
}
