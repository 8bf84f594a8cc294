// A local array handed to a thread whose handle lives in a global (someone
// joins it later, too late for the array): the array dies at the return.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

void *sum(void *arg);
pthread_t g_summer;

int start_sum(const double *v) {
    double buf[64];
    for (int i = 0; i < 64; i++)
        buf[i] = v[i];
    if (pthread_create(&g_summer, NULL, sum, buf) != 0)
        return -1;
    return 0;
}

// CHECK: local-array-global-handle.c:15:5: warning: 'buf' dies when 'start_sum' returns while thread 'g_summer' running 'sum' still uses it; it was not joined and may still run [pthread.ArgLifetime]
// CHECK-NEXT: local-array-global-handle.c:13:9: note: 'buf' is given to thread 'g_summer' running 'sum' here
// CHECK-NEXT: local-array-global-handle.c:13:9: note: 'pthread_create(&g_summer, NULL, sum, buf) != 0' is false
// CHECK-NEXT: 1 warning generated.
