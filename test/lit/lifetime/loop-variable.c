// Every thread of the loop is given the address of the loop variable: each
// reads a value that changes under it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

#define N 4
void *worker(void *arg);

void run_all(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
}

// CHECK: loop-variable.c:12:9: warning: 'i' is given to another thread while thread 't[]' running 'worker' may still read it; every thread sees the value change under it [pthread.ArgLifetime]
// CHECK-NEXT: loop-variable.c:12:9: note: '&i' is given to thread 't[]' running 'worker' here
// CHECK-NEXT: loop-variable.c:11:28: note: 'i' is written here while that thread may run
// CHECK-NEXT: loop-variable.c:11:21: note: 'i < N' is true
// CHECK-NEXT: 1 warning generated.
