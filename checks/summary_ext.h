/* Summaries of functions other translation units define (a project's
 * helpers in other files): what a call does to its arguments, read from a
 * summaries file the CLI wrote (summaries/summary_file.h).  A call of a
 * function declared here and summarised there is analysed as if the
 * callee were in this file. */
#ifndef THREADLINT_SUMMARY_EXT_H
#define THREADLINT_SUMMARY_EXT_H

#include <stdbool.h>

#include "summary.h"

/* At most this many uses per routine are kept (summaries files included). */
enum { TL_EXT_MAX_USES = 64 };

typedef struct tl_ext_summary {
    const char *name;
    tl_summary *sum;    /* NULL: unknown, as if nothing were summarised */
    bool never_returns; /* no path of it reaches a return */
    bool exits_thread;  /* it may end its thread (pthread_exit), here or in a callee */
    bool conflict;      /* defined more than once, and the definitions differ */
    /* As a start routine: what it uses through its parameter ("a:f",
     * sync_uses.h), itself or through its same-file callees; sorted. */
    const char **uses;
    int nuses;
    bool uses_known;    /* set by tl_ext_summaries_add_uses */
} tl_ext_summary;

typedef struct tl_ext_summaries {
    tl_arena arena; /* names and summaries */
    tl_ext_summary *items;
    int n, cap;
    tl_name_index index; /* name -> items */
} tl_ext_summaries;

void tl_ext_summaries_init(tl_ext_summaries *s);
void tl_ext_summaries_free(tl_ext_summaries *s);
/* How a function ends (tl_ext_summaries_add). */
enum {
    TL_EXT_NEVER_RETURNS = 1u << 0,
    TL_EXT_EXITS_THREAD = 1u << 1,
};

/* Adds one definition (sum copied; NULL when it could not be summarised)
 * with its TL_EXT_* flags.  A second definition of the same name that
 * differs makes it unknown: two files' helpers of one name (two ports),
 * or two #ifdef variants. */
void tl_ext_summaries_add(tl_ext_summaries *s, const char *name, const tl_summary *sum,
                          unsigned ends);
/* After tl_ext_summaries_add of the same definition: the "a:" uses of
 * it (n strings, any order).  A second definition that says otherwise
 * makes the name unknown. */
void tl_ext_summaries_add_uses(tl_ext_summaries *s, const char *name, const char *const *uses,
                               int n);
/* Does the routine use `use` ("a:f") through its parameter? */
bool tl_ext_summary_uses(const tl_ext_summary *e, const char *use);
/* Makes `name` unknown for good, whatever is added under it later. */
void tl_ext_summaries_add_conflict(tl_ext_summaries *s, const char *name);
/* Its TL_EXT_* flags. */
unsigned tl_ext_summary_ends(const tl_ext_summary *e);
/* Adds every entry of `from`, with the same rule. */
void tl_ext_summaries_merge(tl_ext_summaries *into, const tl_ext_summaries *from);
/* The summary of `name`, NULL when there is none or it is unknown. */
const tl_ext_summary *tl_ext_summaries_find(const tl_ext_summaries *s, const char *name);
/* Does a call of it acquire or release what a rule follows?  Only then
 * must a caller that names no modelled API be analysed. */
bool tl_ext_summary_acts(const tl_ext_summary *e);

#endif
