// The neighbours of fixit-destroy-join.c that get no join: another path
// joined before the destroy, a statement between the destroy and the join,
// a detached thread, a function that never joins, a join that may still
// follow, a join whose result is used, and a local handle whose leak
// pthread.ThreadLeak repairs with its own join before the return.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stddef.h>

static pthread_t g_worker;
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cond = PTHREAD_COND_INITIALIZER;
static int g_stop;
int init(void);

static void *waiter(void *arg) {
    (void)arg;
    pthread_mutex_lock(&g_lock);
    while (!g_stop)
        pthread_cond_wait(&g_cond, &g_lock);
    pthread_mutex_unlock(&g_lock);
    return NULL;
}

int joined_on_one_way(int quick) {
    pthread_t t;
    if (pthread_create(&t, NULL, waiter, NULL) != 0)
        return -1;
    if (quick)
        pthread_join(t, NULL);
    pthread_cond_destroy(&g_cond);
    if (!quick)
        pthread_join(t, NULL);
    return 0;
}

int something_between(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, waiter, NULL) != 0)
        return -1;
    pthread_cond_destroy(&g_cond);
    g_stop = 1;
    pthread_join(t, NULL);
    return 0;
}

int detached(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, waiter, NULL) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&g_lock);
    return 0;
}

int never_joins(void) {
    if (pthread_create(&g_worker, NULL, waiter, NULL) != 0)
        return -1;
    if (init() > 0) {
        pthread_mutex_destroy(&g_lock);
        return -3;
    }
    return 0;
}

int join_follows(void) {
    if (pthread_create(&g_worker, NULL, waiter, NULL) != 0)
        return -1;
    if (init() > 0)
        pthread_mutex_destroy(&g_lock);
    pthread_join(g_worker, NULL);
    return 0;
}

int result_used(void) {
    pthread_t t;
    void *out;
    if (pthread_create(&t, NULL, waiter, NULL) != 0)
        return -1;
    pthread_cond_destroy(&g_cond);
    pthread_join(t, &out);
    return out != NULL;
}

int local_handle_leaks(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, waiter, NULL) != 0)
        return -1;
    if (init() != 0) {
        pthread_mutex_destroy(&g_lock);
        return -1;
    }
    pthread_join(t, NULL);
    return 0;
}
// CHECK: {{.*}}fixit-none-destroy-join.c:31:5: warning: 'g_cond' is destroyed by pthread_cond_destroy while thread 't' running 'waiter' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:27:9: note: thread 't' running 'waiter' is created here
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:41:5: warning: 'g_cond' is destroyed by pthread_cond_destroy while thread 't' running 'waiter' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:39:9: note: thread 't' running 'waiter' is created here
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:52:5: warning: 'g_lock' is destroyed by pthread_mutex_destroy while thread 't' running 'waiter' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:49:9: note: thread 't' running 'waiter' is created here
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:60:9: warning: 'g_lock' is destroyed by pthread_mutex_destroy while thread 'g_worker' running 'waiter' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:57:9: note: thread 'g_worker' running 'waiter' is created here
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:70:9: warning: 'g_lock' is destroyed by pthread_mutex_destroy while thread 'g_worker' running 'waiter' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:67:9: note: thread 'g_worker' running 'waiter' is created here
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:80:5: warning: 'g_cond' is destroyed by pthread_cond_destroy while thread 't' running 'waiter' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:78:9: note: thread 't' running 'waiter' is created here
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:87:9: warning: thread 't' running 'waiter' is neither joined nor detached when 'local_handle_leaks' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:87:9: note: 'pthread_create(&t, NULL, waiter, NULL) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:89:9: note: 'init() != 0' is true
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:91:9: note: 'local_handle_leaks' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}fixit-none-destroy-join.c":{91:9-91:9}:"pthread_join(t, NULL);\n        "
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:90:9: warning: 'g_lock' is destroyed by pthread_mutex_destroy while thread 't' running 'waiter' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}fixit-none-destroy-join.c:87:9: note: thread 't' running 'waiter' is created here
// CHECK-NEXT: 8 warnings generated.
