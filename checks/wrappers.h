/* Wrapper functions: project functions declared (in .threadlint.yaml, see
 * docs/config.md) to stand for a modelled API, such as `xpthread_create`
 * for pthread_create.  Before analysis, every call of a wrapper is
 * rewritten into a call of the API it wraps, so the rule modules never
 * need to know about wrappers. */
#ifndef THREADLINT_WRAPPERS_H
#define THREADLINT_WRAPPERS_H

#include <stdbool.h>

#include "ir.h"

enum {
    TL_WRAPPER_MAX_ARGS = 8,     /* no modelled API takes more */
    TL_WRAPPER_MAX_POSITION = 63 /* highest argument position a wrapper may name */
};

typedef struct tl_wrapper {
    const char *name;  /* the wrapper, e.g. "thread_spawn" */
    const char *model; /* the modelled API it stands for, e.g. "pthread_create" */
    int nargs;         /* how many arguments the model takes */
    /* args[i]: the wrapper's argument position holding the model's i-th
     * argument, or -1 when the wrapper has none (it passes NULL, say) */
    int args[TL_WRAPPER_MAX_ARGS];
    /* false: the wrapper aborts instead of failing, so every call succeeds;
     * true: it returns what the model returns (0 on success) */
    bool can_fail;
} tl_wrapper;

/* The number of arguments a modelled API takes, or -1 if unknown. */
int tl_api_arity(const char *api);

/* The wrapper called `name`, or NULL. */
const tl_wrapper *tl_wrapper_find(const tl_wrapper *wrappers, int n, const char *name);

/* Rewrites every direct call of a wrapper in the TU into a call of its
 * model: arguments permuted (missing ones TL_OPD_NONE), the location,
 * ranges and spelling kept, so findings point at the wrapper call.  The
 * wrapper's arguments that the model does not take are handed on by the
 * wrapper as far as we know: each place among them escapes after the
 * call.  A call of a wrapper that cannot fail gets TL_CALL_CANNOT_FAIL.
 * Idempotent, as no wrapper may be named like a modelled API. */
void tl_tu_apply_wrappers(tl_tu *tu, const tl_wrapper *wrappers, int n);

#endif
