/* Where a start routine's use lands in the function that starts it: the
 * path of a use ("lock.m", "in_pool->lock", sync_uses.h) followed from the
 * object the thread's argument points to.  A further pointer (`->`) is
 * followed through what this function stored in it (`thr->in_pool = pool`
 * makes `in_pool->lock` pool->lock); with no single such store, through
 * the pointer's own pointee. */
#ifndef THREADLINT_USE_PLACES_H
#define THREADLINT_USE_PLACES_H

#include "ir.h"

/* The object an argument names: x for &x, *p for a pointer p; -1 if none. */
int tl_arg_object(tl_func *f, const tl_operand *o);

/* The place a pointer argument's value is: `*tmp` where the function set
 * `tmp = &p` once (tor's tor_free(p) macro frees *tmp) is p; otherwise the
 * operand's own place; -1 for an operand that is no place. */
int tl_value_place(const tl_func *f, const tl_operand *o);

/* The place whose value this function stores in `place`, when it does so
 * once, from a place (`thr->in_pool = pool`: pool); else -1. */
int tl_stored_place(const tl_func *f, int place);

/* The place `path` names below `base`, or -1; field names are copied into
 * the function's arena. */
int tl_use_place(tl_func *f, int base, const char *path);

#endif
