/* How many arguments each modelled API takes, so a wrapper declaration can
 * be checked against its model (docs/config.md).  test/unit/test_wrappers.c
 * fails when a module lists an API missing here. */
#include <string.h>

#include "wrappers.h"

typedef struct api_arity {
    const char *api;
    int nargs;
} api_arity;

static const api_arity table[] = {
    /* threads */
    {"pthread_create", 4}, {"pthread_join", 2}, {"pthread_detach", 1}, {"pthread_cancel", 1},
    {"pthread_tryjoin_np", 2}, {"pthread_timedjoin_np", 3}, {"pthread_clockjoin_np", 4},
    {"thrd_create", 3}, {"thrd_join", 2}, {"thrd_detach", 1},
    /* thread attributes */
    {"pthread_attr_init", 1}, {"pthread_attr_destroy", 1}, {"pthread_getattr_np", 2},
    {"pthread_setattr_default_np", 1},
    {"pthread_attr_setdetachstate", 2}, {"pthread_attr_getdetachstate", 2},
    {"pthread_attr_setstacksize", 2}, {"pthread_attr_getstacksize", 2},
    {"pthread_attr_setstack", 3}, {"pthread_attr_getstack", 3},
    {"pthread_attr_setstackaddr", 2}, {"pthread_attr_getstackaddr", 2},
    {"pthread_attr_setguardsize", 2}, {"pthread_attr_getguardsize", 2},
    {"pthread_attr_setschedpolicy", 2}, {"pthread_attr_getschedpolicy", 2},
    {"pthread_attr_setschedparam", 2}, {"pthread_attr_getschedparam", 2},
    {"pthread_attr_setinheritsched", 2}, {"pthread_attr_getinheritsched", 2},
    {"pthread_attr_setscope", 2}, {"pthread_attr_getscope", 2},
    {"pthread_attr_setaffinity_np", 3}, {"pthread_attr_getaffinity_np", 3},
    {"pthread_attr_setsigmask_np", 2}, {"pthread_attr_getsigmask_np", 2},
    /* mutex, condition, rwlock and barrier attributes, and their consumers */
    {"pthread_mutexattr_init", 1}, {"pthread_mutexattr_destroy", 1}, {"pthread_mutex_init", 2},
    {"pthread_mutexattr_settype", 2}, {"pthread_mutexattr_gettype", 2},
    {"pthread_mutexattr_setpshared", 2}, {"pthread_mutexattr_getpshared", 2},
    {"pthread_mutexattr_setprotocol", 2}, {"pthread_mutexattr_getprotocol", 2},
    {"pthread_mutexattr_setprioceiling", 2}, {"pthread_mutexattr_getprioceiling", 2},
    {"pthread_mutexattr_setrobust", 2}, {"pthread_mutexattr_getrobust", 2},
    {"pthread_mutexattr_setrobust_np", 2}, {"pthread_mutexattr_getrobust_np", 2},
    {"pthread_condattr_init", 1}, {"pthread_condattr_destroy", 1}, {"pthread_cond_init", 2},
    {"pthread_condattr_setclock", 2}, {"pthread_condattr_getclock", 2},
    {"pthread_condattr_setpshared", 2}, {"pthread_condattr_getpshared", 2},
    {"pthread_rwlockattr_init", 1}, {"pthread_rwlockattr_destroy", 1}, {"pthread_rwlock_init", 2},
    {"pthread_rwlockattr_setpshared", 2}, {"pthread_rwlockattr_getpshared", 2},
    {"pthread_rwlockattr_setkind_np", 2}, {"pthread_rwlockattr_getkind_np", 2},
    {"pthread_barrierattr_init", 1}, {"pthread_barrierattr_destroy", 1},
    {"pthread_barrier_init", 3},
    {"pthread_barrierattr_setpshared", 2}, {"pthread_barrierattr_getpshared", 2},
    /* thread-specific data */
    {"pthread_key_create", 2}, {"pthread_key_delete", 1}, {"pthread_setspecific", 2},
    {"pthread_getspecific", 1},
    {"tss_create", 2}, {"tss_delete", 1}, {"tss_set", 2}, {"tss_get", 1},
    /* cancellation cleanup handlers, as glibc's macros expand them */
    {"pthread_cleanup_push", 2}, {"pthread_cleanup_pop", 1},
    {"pthread_cleanup_push_defer_np", 2}, {"pthread_cleanup_pop_restore_np", 1},
    {"_pthread_cleanup_push", 3}, {"_pthread_cleanup_push_defer", 3},
    {"_pthread_cleanup_pop", 2}, {"_pthread_cleanup_pop_restore", 2},
    {"__pthread_register_cancel", 1}, {"__pthread_register_cancel_defer", 1},
    {"__pthread_unregister_cancel", 1}, {"__pthread_unregister_cancel_restore", 1},
    {"longjmp", 2}, {"_longjmp", 2}, {"siglongjmp", 2}, {"__longjmp_chk", 2},
    /* what a thread's argument lives through: its free, and the handshakes
     * after which the thread has taken what it needs */
    {"free", 1}, {"sem_wait", 1}, {"sem_timedwait", 2}, {"sem_clockwait", 3},
    {"pthread_barrier_wait", 1}, {"pthread_cond_wait", 2}, {"pthread_cond_timedwait", 3},
    {"pthread_cond_clockwait", 4}, {"cnd_wait", 2}, {"cnd_timedwait", 3},
    /* what a running thread may still use: their destroys */
    {"pthread_mutex_destroy", 1}, {"pthread_cond_destroy", 1}, {"pthread_rwlock_destroy", 1},
    {"pthread_barrier_destroy", 1}, {"pthread_spin_destroy", 1}, {"sem_destroy", 1},
    {"mtx_destroy", 1}, {"cnd_destroy", 1},
    /* C11 <threads.h> threads and thread-specific storage */
    {"thrd_create", 3}, {"thrd_join", 2}, {"thrd_detach", 1},
    {"tss_create", 2}, {"tss_delete", 1}, {"tss_set", 2}, {"tss_get", 1},
};

int tl_api_arity(const char *api) {
    for (size_t i = 0; api && i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].api, api) == 0)
            return table[i].nargs;
    return -1;
}
