/* A translation unit's library lifecycle: which of its functions run when
 * the library (or program) starts and ends.  Init functions are
 * constructors (`__attribute__((constructor))`) and, by convention, a
 * `<prefix>_init` whose `<prefix>_fini` sibling is defined; fini functions
 * are destructors and the functions handed to atexit / at_quick_exit.
 * Rules use this to judge resources that live in globals: one made by an
 * init function should be released by a fini.  Reads the IR only. */
#ifndef THREADLINT_LIFECYCLE_H
#define THREADLINT_LIFECYCLE_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

#include "arena.h"
#include "ir.h"

/* Does a call of `name` register its first argument to run at exit
 * (atexit, at_quick_exit)?  Front ends lower such a function even when it
 * uses no modelled API, so that "defined here but not lowered" never hides
 * one from tl_tu_finis. */
bool tl_is_exit_registrar(const char *name);

typedef struct tl_fini {
    const char *name;
    const tl_func *func; /* NULL: not defined in this translation unit */
    const char *how;     /* "destructor", "atexit", "at_quick_exit" */
} tl_fini;

/* The fini functions of the translation unit: its destructors and every
 * function a lowered function registers with atexit or at_quick_exit.
 * Returns how many; *out lives in `a`. */
int tl_tu_finis(const tl_tu *tu, tl_arena *a, tl_fini **out);

/* The fini paired with the init function `init` by name, when it is
 * defined and lowered: `x_init` pairs with `x_fini`, `x_deinit`,
 * `x_cleanup` or `x_shutdown`.  NULL otherwise. */
const tl_func *tl_tu_named_fini(const tl_tu *tu, const char *init);

/* Is `name` the routine of some pthread_once or call_once in the TU? */
bool tl_tu_runs_once(const tl_tu *tu, const char *name);

/* Is the place the storage of a global (file-scope or static) variable,
 * reached without a pointer? */
bool tl_place_is_global_storage(const tl_func *f, int place);

/* Do place a of fa and place b of fb name the same global storage?  Places
 * are interned per function: this compares the variable's name and the
 * path down from it. */
bool tl_same_global(const tl_func *fa, int a, const tl_func *fb, int b);

/* Does `f` call an API that `is_api` accepts with `global_place` of
 * `owner` (a global storage place) as its first argument, directly or in
 * a function defined in this TU that it calls?  A defined callee handed
 * that global as an argument counts when it calls such an API at all; a
 * function only declared here (defined in another file, not a modelled
 * API) handed it counts too: it may. */
bool tl_func_applies_to_global(const tl_tu *tu, const tl_func *f, bool (*is_api)(const char *),
                               const tl_func *owner, int global_place);

#ifdef __cplusplus
}
#endif

#endif
