// Destroying what a running thread locks: a global mutex a detached thread
// uses, and its silent twins (joined first; a routine that does not touch
// it; one defined elsewhere; a path that ends in abort()).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static struct { pthread_mutex_t m; int n; } g_stats = {PTHREAD_MUTEX_INITIALIZER, 0};
static int counter;

static void *bump(void *arg) {
    (void)arg;
    pthread_mutex_lock(&g_lock);
    counter++;
    pthread_mutex_unlock(&g_lock);
    return NULL;
}

static void *count(void *arg) {
    (void)arg;
    pthread_mutex_lock(&g_stats.m);
    g_stats.n++;
    pthread_mutex_unlock(&g_stats.m);
    return NULL;
}

static void *quiet(void *arg) { return arg; }
void *elsewhere(void *arg);

int detached_then_destroy(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, bump, NULL) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&g_lock);
    // CHECK: [[#@LINE-1]]:5: warning: 'g_lock' is destroyed by pthread_mutex_destroy while thread 't' running 'bump' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
    // CHECK-NEXT: [[#@LINE-5]]:9: note: thread 't' running 'bump' is created here
    return 0;
}

int member_of_global(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, count, NULL) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&g_stats.m);
    // CHECK: [[#@LINE-1]]:5: warning: 'g_stats.m' is destroyed by pthread_mutex_destroy while thread 't' running 'count' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
    // CHECK-NEXT: [[#@LINE-5]]:9: note: thread 't' running 'count' is created here
    return 0;
}

int joined_first(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, bump, NULL) != 0)
        return -1;
    pthread_join(t, NULL);
    pthread_mutex_destroy(&g_lock);
    return 0;
}

int routine_does_not_lock(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, quiet, NULL) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&g_lock);
    return 0;
}

int routine_elsewhere(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, elsewhere, NULL) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&g_lock);
    return 0;
}

void shutdown_path(int fatal) {
    pthread_t t;
    if (pthread_create(&t, NULL, bump, NULL) != 0)
        exit(1);
    pthread_detach(t);
    if (fatal) {
        pthread_mutex_destroy(&g_lock);
        abort();
    }
}
