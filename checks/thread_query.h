/* What the thread module knows, for rules that depend on it: is a thread
 * still running at this point of the path?  Read only; answered from the
 * thread module's own resources (check_thread.c). */
#ifndef THREADLINT_THREAD_QUERY_H
#define THREADLINT_THREAD_QUERY_H

#include <stdbool.h>

#include "engine.h"

/* May the thread that the create at flat event index `create_event` left
 * in `handle_place` still run here: created (or created detached, or
 * detached since) and neither joined, nor failed, nor handed to code we do
 * not see (which may join it)? */
bool tl_thread_may_run(const tl_ctx *c, int handle_place, int create_event);
/* Does pthread.ThreadLeak report that thread at this exit (created, not
 * joined, not detached, and its handle dies here)?  Its finding and fix
 * already cover whatever the thread was given. */
bool tl_thread_leaks_here(const tl_ctx *c, int handle_place);
/* Was that thread detached (it may run until the process ends)? */
bool tl_thread_detached(const tl_ctx *c, int handle_place);

/* Where a thread create takes its start routine and the routine's
 * argument: pthread_create(t, attr, fn, arg), thrd_create(t, fn, arg). */
typedef struct tl_create_api {
    const char *name;
    int routine_arg, arg_arg;
} tl_create_api;

/* The create `callee` names, or NULL when it is none. */
const tl_create_api *tl_create_api_of(const char *callee);

#endif
