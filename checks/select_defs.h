/* Which definitions of a translation unit are worth lowering, decided from
 * their text alone, the same way for both front ends
 * (tools/libclang/lower_select.c and plugin/lower_select.cpp gather the
 * inputs).  Lowering walks every node of a body, which costs as much as a
 * good part of the parse; a body whose text names no modelled API, no macro
 * that expands to one, and no definition that (transitively) does, can
 * never matter to a rule.  Nor can a call an API's gate rules out
 * (api_text.h), such as pthread_mutex_init(&m, NULL).  The test is textual
 * and errs towards lowering. */
#ifndef THREADLINT_SELECT_DEFS_H
#define THREADLINT_SELECT_DEFS_H

#include <stdbool.h>
#include <stddef.h>

#include "ir.h"
#include "summary_ext.h"
#include "wrappers.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One definition, as its front end reads it. */
typedef struct tl_select_def {
    const char *name; /* lives as long as the TU (its arena) */
    const char *text; /* the whole definition; NULL when unreadable (then lowered) */
    size_t len;
    int nparams;
} tl_select_def;

/* What the selection asks a front end about one definition, only when it
 * needs the answer (libclang's answers cost a cursor visit each). */
enum { TL_SELECT_EXTERNAL = 1, TL_SELECT_IN_MAIN_FILE = 2 };
typedef struct tl_select_source {
    void *ud;
    /* The name of definition i's first parameter ("" when unnamed), living
     * as long as the TU; *n its length. */
    const char *(*first_param)(void *ud, int i, size_t *n);
    /* TL_SELECT_* of definition i: external linkage, declared in the main file. */
    unsigned (*linkage)(void *ud, int i);
} tl_select_source;

typedef struct tl_select_input {
    const tl_select_def *defs;
    int n;
    const char *const *files; /* the TU's non-system files, for macros naming an API */
    const size_t *file_sizes;
    int nfiles;
    const tl_wrapper *wrappers; /* their calls count as API calls (rewritten later) */
    int nwrappers;
    const tl_ext_summaries *external; /* helpers in other files (summaries); may be NULL */
    bool summarise; /* exporting summaries: every external stop definition is needed */
} tl_select_input;

/* needed[i]: definition i may matter to a rule; stops[i]: it may never
 * return, or names a thread (its callers need its summary).  Also records
 * on tu what the bodies say of their parameters: unread arguments and
 * trampolines (tl_tu_add_unread_arg, tl_tu_add_trampoline) and the sync
 * objects a routine uses (tl_tu_note_routine_uses). */
void tl_select_definitions(tl_tu *tu, const tl_select_input *in, const tl_select_source *src,
                           bool *needed, bool *stops);

#ifdef __cplusplus
}
#endif

#endif
