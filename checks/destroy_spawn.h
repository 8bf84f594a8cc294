/* The destroy module's threads with no handle to join (spawn helpers,
 * pthread.DestroyWhileRunning's "threads with no handle"): its resources
 *   D_USED   at an object: a thread that nothing joins and that may still
 *            run uses it (label: the routine; handle_text: the helper that
 *            started it, or NULL);
 *   D_SPAWN  at a parameter: this spawn helper starts a thread given it,
 *            running the routine at parameter `flags`.
 * Both are "may" facts: summaries keep them across return classes. */
#ifndef THREADLINT_DESTROY_SPAWN_H
#define THREADLINT_DESTROY_SPAWN_H

#include <stdbool.h>

#include "engine.h"
#include "thread_query.h"

enum { D_USED = 1, D_SPAWN = 2 };

/* The routine's uses through its argument, itself and its callees (here
 * or, by summaries, elsewhere); how many into out. */
int tl_spawn_arg_uses(tl_ctx *c, const char *routine, const char **out, int cap);
/* A create: with no handle (a spawn wrapper's call), it starts a thread
 * nothing joins; with a local handle never joined, in a spawn helper,
 * D_SPAWN. */
void tl_spawn_on_create(tl_ctx *c, const tl_event *ev, const tl_create_api *api);
void tl_spawn_on_status(tl_ctx *c, int i, bool success);
void tl_spawn_on_summary(tl_ctx *c, int place, const tl_res *callee_res, const tl_event *call);
/* Reports the destroy at `ev` (of `text`) when such a thread may still use
 * `gone` or something under it; true if it did. */
bool tl_spawn_check_destroy(tl_ctx *c, const tl_event *ev, const char *text, int gone);

#endif
