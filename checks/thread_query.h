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

/* Fix-its other rules offer when joining that thread repairs their
 * finding: `pthread_join(h, NULL);` (thrd_join), only for a function that
 * joins it on other paths, when the handle is one thread that can be named
 * there.  Before the return ending `exit`, kept only if every path reaching
 * it holds the thread created and joinable: */
void tl_thread_fixit_join_before_exit(tl_ctx *c, tl_report *rep, int handle_place,
                                      const tl_block *exit);
/* before the statement of the event being processed (a whole `call(...);`),
 * kept only if every path reaching it does, as tl_thread_observe saw: */
void tl_thread_fixit_join_before(tl_ctx *c, tl_report *rep, int handle_place,
                                 const tl_event *ev);
/* records, at the event being processed, the thread's state on this path
 * (call it on every path through the event). */
void tl_thread_observe(tl_ctx *c, int handle_place);

/* Where a thread create takes its start routine and the routine's
 * argument: pthread_create(t, attr, fn, arg), thrd_create(t, fn, arg). */
typedef struct tl_create_api {
    const char *name;
    int routine_arg, arg_arg;
} tl_create_api;

/* The create `callee` names, or NULL when it is none. */
const tl_create_api *tl_create_api_of(const char *callee);

#endif
