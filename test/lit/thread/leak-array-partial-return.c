// A create loop that returns on the first failure: the workers already
// started in earlier iterations are never joined.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdio.h>

#define MAX_WORKERS 32

struct task { int id; volatile int *stop; };

static void *serve_queue(void *arg) {
    struct task *t = arg;
    while (!*t->stop)
        ;
    return NULL;
}

int pool_run(int n, volatile int *stop) {
    pthread_t th[MAX_WORKERS];
    struct task tasks[MAX_WORKERS];
    int i;

    if (n > MAX_WORKERS)
        n = MAX_WORKERS;
    for (i = 0; i < n; i++) {
        tasks[i].id = i;
        tasks[i].stop = stop;
        if (pthread_create(&th[i], NULL, serve_queue, &tasks[i]) != 0) {
            fprintf(stderr, "worker %d: cannot start\n", i);
#ifdef FIXED
            *stop = 1;
            for (int j = 0; j < i; j++)
                pthread_join(th[j], NULL);
#endif
            return -1;
        }
    }
    for (i = 0; i < n; i++)
        pthread_join(th[i], NULL);
    return 0;
}
// CHECK: leak-array-partial-return.c:29:13: warning: threads in 'th[i]' running 'serve_queue' are neither joined nor detached when 'pool_run' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-array-partial-return.c:29:13: note: 'pthread_create(&th[i], NULL, serve_queue, &tasks[i]) != 0' is false
// CHECK-NEXT: leak-array-partial-return.c:26:17: note: 'i < n' is true
// CHECK-NEXT: leak-array-partial-return.c:29:13: note: 'pthread_create(&th[i], NULL, serve_queue, &tasks[i]) != 0' is true
// CHECK-NEXT: leak-array-partial-return.c:36:13: note: 'pool_run' returns here with 'th[i]' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-array-partial-return.c":{36:13-36:13}:"for (int j = i; j-- > 0;) pthread_join(th[j], NULL);\n            "
// CHECK-NEXT: 1 warning generated.
