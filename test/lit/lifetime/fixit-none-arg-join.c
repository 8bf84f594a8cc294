// The neighbours of fixit-arg-join.c that get no join: a detached thread,
// a function that never joins, and a return that another path reaches
// after the join.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stddef.h>

static pthread_t g_worker;
void *worker(void *arg);

int detached(int fast) {
    int config[4] = {0};
    if (pthread_create(&g_worker, NULL, worker, config) != 0)
        return -1;
    pthread_detach(g_worker);
    if (fast)
        return 1;
    return 0;
}

int never_joins(void) {
    int config[4] = {0};
    if (pthread_create(&g_worker, NULL, worker, config) != 0)
        return -1;
    return 0;
}

int joined_on_one_way(int wait) {
    int config[4] = {0};
    if (pthread_create(&g_worker, NULL, worker, config) != 0)
        return -1;
    if (wait)
        pthread_join(g_worker, NULL);
    return 0;
}
// CHECK: {{.*}}fixit-none-arg-join.c:18:5: warning: 'config' dies when 'detached' returns while thread 'g_worker' running 'worker' still uses it; it was detached and may still run [pthread.ArgLifetime]
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:13:9: note: 'config' is given to thread 'g_worker' running 'worker' here
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:13:9: note: 'pthread_create(&g_worker, NULL, worker, config) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:16:9: note: 'fast' is false
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:25:5: warning: 'config' dies when 'never_joins' returns while thread 'g_worker' running 'worker' still uses it; it was not joined and may still run [pthread.ArgLifetime]
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:23:9: note: 'config' is given to thread 'g_worker' running 'worker' here
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:23:9: note: 'pthread_create(&g_worker, NULL, worker, config) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:34:5: warning: 'config' dies when 'joined_on_one_way' returns while thread 'g_worker' running 'worker' still uses it; it was not joined and may still run [pthread.ArgLifetime]
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:30:9: note: 'config' is given to thread 'g_worker' running 'worker' here
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:30:9: note: 'pthread_create(&g_worker, NULL, worker, config) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-arg-join.c:32:9: note: 'wait' is false
// CHECK-NEXT: 3 warnings generated.
