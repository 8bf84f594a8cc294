/* The synchronisation objects a start routine uses, read from its text by
 * both front ends (as tl_src_param_unread is), for
 * pthread.DestroyWhileRunning.  A use is a string:
 *   "g:NAME.f1.f2"  &NAME.f1.f2, a name the routine does not declare;
 *   "a:f1.f2"       &p->f1.f2 where p is its parameter or a local set from
 *                   it (`struct pool *p = arg;`), "a:" for p itself;
 *   "dg:...", "da:..." the same objects destroyed (pthread_mutex_destroy,
 *                   ...): a teardown helper's effect, not a use.
 * Anything else (a second dereference, an index, a call) is no use: the
 * rule stays silent rather than guess. */
#ifndef THREADLINT_SYNC_USES_H
#define THREADLINT_SYNC_USES_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Is name[0, n) an API that locks, waits on, signals or otherwise uses a
 * mutex, condition variable, rwlock, barrier, spin lock, semaphore or key?
 * Its first argument is the object (and the second for a condition wait). */
bool tl_sync_api_uses(const char *name, size_t n, int *nobjects);

/* The APIs that destroy such an object, as X(name) for each: one list for
 * tl_sync_api_destroys and for the module of pthread.DestroyWhileRunning. */
#define TL_SYNC_DESTROY_APIS(X)                                                          \
    X(pthread_mutex_destroy) X(pthread_cond_destroy) X(pthread_rwlock_destroy)          \
    X(pthread_barrier_destroy) X(pthread_spin_destroy) X(sem_destroy)                   \
    X(pthread_key_delete) X(mtx_destroy) X(cnd_destroy) X(tss_delete)
#define TL_SYNC_API_NAME(name) #name,

/* Is name[0, n) an API that destroys such an object (its first argument)?
 * by_value: it takes the object itself (a key), not its address. */
bool tl_sync_api_destroys(const char *name, size_t n, bool *by_value);

/* A member path that ends going through a pointer ("in_pool->"), so the
 * next member joins it with nothing between. */
bool tl_use_path_ends_with_arrow(const char *path);

typedef void (*tl_sync_use_fn)(const char *use, void *ud);
/* Calls fn once per use in the definition def[0, n) whose one parameter
 * is param[0, plen) (plen 0: only globals are found), and once per object
 * it destroys ("dg:", "da:"; keys, passed by value, are left out). */
void tl_src_sync_uses(const char *def, size_t n, const char *param, size_t plen,
                      tl_sync_use_fn fn, void *ud);

/* Calls fn for each call `name(...)` in def[0, n) of something other than
 * a keyword or a sync API: once with argk -1 and path NULL (the callee's
 * global uses are the definition's too), and once per argument k that is
 * the parameter param[0, plen) itself or a local set from it (path ""), or
 * the address of a member of what it points to (`&p->lock.m`: path
 * "lock.m").  When k is 0, the callee's uses through its first parameter
 * are the definition's, below that path. */
typedef void (*tl_call_fn)(const char *callee, size_t clen, int argk, const char *path,
                           void *ud);
void tl_src_routine_calls(const char *def, size_t n, const char *param, size_t plen,
                          tl_call_fn fn, void *ud);

/* Is the definition def[0, n), whose one parameter is param[0, plen), a
 * trampoline: a start routine that calls the function in a member of what
 * its argument points to with another member (`func = d->func; arg =
 * d->data; func(arg);`, tor's tor_pthread_helper_fn)?  Then the members'
 * names go to fn_member and arg_member (each of `size` bytes). */
bool tl_src_trampoline(const char *def, size_t n, const char *param, size_t plen,
                       char *fn_member, char *arg_member, size_t size);

#ifdef __cplusplus
}
#endif

#endif
