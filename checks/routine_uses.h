/* What a definition uses or destroys (sync_uses.h strings), itself or
 * through the functions it calls: same-file callees from the TU's notes,
 * callees in other files from their summaries (only what they do through
 * their first parameter: a global named there may be a static of theirs).
 * A call given `&p->lock` passes on what the callee does below `lock`:
 * a callee that locks "a:m" makes the caller use "a:lock.m". */
#ifndef THREADLINT_ROUTINE_USES_H
#define THREADLINT_ROUTINE_USES_H

#include <stdbool.h>

#include "arena.h"
#include "ir.h"
#include "summary_ext.h"

/* How many calls deep uses are followed. */
enum { TL_USES_DEPTH = 6 };

/* Does `routine` use `use` ("g:...", "a:...", "dg:...", "da:...")?  ext may
 * be NULL (no summaries). */
bool tl_routine_uses(const tl_tu *tu, const tl_ext_summaries *ext, const char *routine,
                     const char *use);

/* Its uses of the kinds `kinds` ("a:" or "da:" entries, each kind one
 * string), itself and through its callees: up to `cap` distinct strings,
 * allocated in `a`, into out; how many. */
int tl_routine_list_uses(const tl_tu *tu, const tl_ext_summaries *ext, const char *routine,
                         const char *const *kinds, tl_arena *a, const char **out, int cap);

#endif
