// thrd_create then thrd_join on every path: nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <threads.h>

static int work(void *arg) { return *(int *)arg; }

int run_all(int *jobs, int n) {
    thrd_t th[8];
    int started = 0;
    for (int i = 0; i < n && i < 8; i++) {
        if (thrd_create(&th[i], work, &jobs[i]) != thrd_success)
            break;
        started++;
    }
    for (int i = 0; i < started; i++)
        thrd_join(th[i], NULL);
    return started;
}

int run_one(int *job) {
    thrd_t t;
    int res = 0;
    if (thrd_create(&t, work, job) != thrd_success)
        return -1;
    thrd_join(t, &res);
    return res;
}
