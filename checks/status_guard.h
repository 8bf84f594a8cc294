/* Uses of a resource that some paths reach after its create failed, where
 * the function kept the create's status: `int rc = pthread_create(&t,
 * ...);` then `pthread_join(t, NULL);` on every path.  The repair is
 * `if (rc == 0)` before each use (they share one finding). */
#ifndef THREADLINT_STATUS_GUARD_H
#define THREADLINT_STATUS_GUARD_H

#include <stdbool.h>

#include "engine.h"

/* The local (its place) that keeps the status of the call at event
 * `origin`: `int rc = create(...);` or `rc = create(...);`, one statement
 * on one line, in braces and not written by a macro; -1 if none. */
int tl_kept_status_place(const tl_func *f, int origin);

/* Does the event use the resource in `place` (a call a guard may skip)? */
typedef bool (*tl_use_pred)(const tl_event *ev, int place);

/* As one fix-it of `rep`, `if (rc == succ)` (succ spelled `success`)
 * before every call `uses` selects, where rc is the status kept for the
 * create at `origin`: each a statement of its own whose value is unused
 * (braced with its guard in an unbraced arm), in rc's scope, after the
 * create on every path, and reached only where every path observed
 * `obs_place` at it in a state of `mask` (created or failed).  Nothing
 * when one does not fit. */
void tl_report_guard_uses(tl_report *rep, tl_arena *a, const tl_func *f, int origin,
                          const char *success, int place, tl_use_pred uses, int obs_place,
                          unsigned mask);

#endif
