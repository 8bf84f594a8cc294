/* Does a function read a variable anywhere but in one event?  Fix-its that
 * delete a call ask this: deleting the only read of a handle leaves it set
 * but unused (-Werror), and deleting a call that writes a result leaves
 * its readers with a value nobody wrote. */
#ifndef THREADLINT_VAR_READS_H
#define THREADLINT_VAR_READS_H

#include <stdbool.h>

#include "ir.h"

/* True when any event or terminator of f other than `except` may read
 * variable `var`: names a place rooted at it, or spells it in a text the
 * lowering kept opaque (a cut text counts as naming everything). */
bool tl_func_var_read(const tl_func *f, int var, const tl_event *except);

/* A tl_block_pred: may block `block` read or write the variable
 * *(const int *)ud (an event or its terminator naming a place rooted at
 * it, or an opaque text spelling it)? */
bool tl_block_names_var(const tl_func *f, int block, void *ud);

/* Can the call statement `call` be deleted without changing anything but
 * the release it makes?  A whole `f(...);` statement directly in braces,
 * not written by a macro, whose value nobody uses; every argument but the
 * handle (argument `handle_arg`) a constant, so it writes through no
 * pointer; and the handle's variable read elsewhere, so it stays used. */
bool tl_call_removable(const tl_func *f, const tl_event *call, int handle_arg);

/* The same call as the whole arm of `if (g(...) == k) call;` with no else,
 * whose condition is one call compared with a constant: the statement can
 * become `g(...);`.  Returns that condition's call, or NULL. */
const tl_event *tl_call_removable_arm(const tl_func *f, const tl_event *call, int handle_arg);

#endif
