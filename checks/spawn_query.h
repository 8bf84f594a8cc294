/* What the destroy module knows of threads started with no handle (spawn
 * helpers, check_destroy.c), for rules that depend on it.  Read only. */
#ifndef THREADLINT_SPAWN_QUERY_H
#define THREADLINT_SPAWN_QUERY_H

#include "engine.h"

/* A thread that nothing joins and that may still run uses an object at or
 * under `place` on this path: its fact (label: the routine; origin: where
 * it was started; handle_text: the helper that started it, or NULL), or
 * NULL. */
const tl_res *tl_spawned_user_under(const tl_ctx *c, int place);
/* The note at where that thread was started. */
void tl_spawned_note(tl_ctx *c, tl_report *rep, const tl_res *user);

#endif
