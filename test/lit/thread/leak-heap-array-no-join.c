// A heap array of handles, malloc(n * sizeof *th): the workers are started
// and the array is freed without joining them.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdlib.h>

struct conn { int fd; };
void handle_conn(struct conn *c);

static void *conn_thread(void *arg) {
    handle_conn(arg);
    return NULL;
}

int serve_batch(struct conn *conns, int n) {
    pthread_t *th = malloc((size_t)n * sizeof *th);
    int i;

    if (!th)
        return -1;
    for (i = 0; i < n; i++)
        if (pthread_create(&th[i], NULL, conn_thread, &conns[i]) != 0)
            break;
#ifdef FIXED
    for (int j = 0; j < i; j++)
        pthread_join(th[j], NULL);
#endif
    free(th);
    return 0;
}
// CHECK: leak-heap-array-no-join.c:23:13: warning: threads in 'th[i]' running 'conn_thread' are neither joined nor detached when 'serve_batch' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-heap-array-no-join.c:23:13: note: 'pthread_create(&th[i], NULL, conn_thread, &conns[i]) != 0' is false
// CHECK-NEXT: leak-heap-array-no-join.c:22:17: note: 'i < n' is false
// CHECK-NEXT: leak-heap-array-no-join.c:30:5: note: 'serve_batch' returns here with 'th[i]' still joinable
// CHECK-NEXT: 1 warning generated.
