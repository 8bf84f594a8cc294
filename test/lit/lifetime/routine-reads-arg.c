// The start routine, defined here, reads its argument: the local it was
// given dies while the detached thread may still run.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

static void *ticker(void *arg) {
    int every = *(int *)arg;
    for (;;)
        printf("tick %d\n", every);
    return NULL;
}

int start_ticker(int every) {
    pthread_t t;
    int n = every;
    if (pthread_create(&t, NULL, ticker, &n) != 0)
        return -1;
    pthread_detach(t);
    return 0;
}

// CHECK: routine-reads-arg.c:20:5: warning: 'n' dies when 'start_ticker' returns while thread 't' running 'ticker' still uses it; it was detached and may still run [pthread.ArgLifetime]
// CHECK-NEXT: routine-reads-arg.c:17:9: note: '&n' is given to thread 't' running 'ticker' here
// CHECK-NEXT: routine-reads-arg.c:17:9: note: 'pthread_create(&t, NULL, ticker, &n) != 0' is false
// CHECK-NEXT: 1 warning generated.
