/* Function summaries: what a same-translation-unit callee leaves behind at
 * its parameters, grouped by the value it returns (like Smatch's return
 * states), so `if (spawn(&t) != 0)` and `stop_worker(&w)` are understood. */
#ifndef THREADLINT_SUMMARY_H
#define THREADLINT_SUMMARY_H

#include <stdbool.h>

#include "ir.h"
#include "state.h"

/* A resource left at parameter `param` reached through `sels`. */
typedef struct tl_sum_entry {
    int param;
    int nsels;
    tl_sel *sels;
    const char **fields;
    tl_res res; /* module, st, flags, label; place/origin are meaningless */
} tl_sum_entry;

/* One class of returns: the returned value lies in [lo, hi] (\ ne). */
typedef struct tl_sum_group {
    long long lo, hi;
    bool has_ne;
    long long ne;
    tl_sum_entry *entries;
    int nentries, cap;
} tl_sum_group;

struct tl_summary {
    tl_sum_group *groups;
    int ngroups, cap;
};
typedef struct tl_summary tl_summary;

/* Per-run cache of summaries by function index. */
typedef struct tl_summaries tl_summaries;
tl_summaries *tl_summaries_new(tl_arena *a, int nfuncs);
tl_arena *tl_summaries_arena(tl_summaries *s);
/* NULL while being computed (recursion) or when it could not be computed. */
bool tl_summaries_lookup(tl_summaries *s, int func, tl_summary **out, bool *in_progress);
void tl_summaries_begin(tl_summaries *s, int func);
void tl_summaries_store(tl_summaries *s, int func, tl_summary *sum);

/* Records one exit of the function being summarised. */
void tl_summary_add_exit(tl_arena *a, tl_summary *sum, const tl_func *f, const tl_state *st,
                         long long lo, long long hi, bool has_ne, long long ne);
/* After all exits: effects that differ between returns the caller cannot
 * tell apart become escapes, so the caller stays silent rather than wrong. */
void tl_summary_finish(tl_arena *a, tl_summary *sum);
/* Do two summaries say the same to every caller (groups in any order)? */
bool tl_summary_equal(const tl_summary *a, const tl_summary *b);
/* Do two entries of the group name the same path for the same module?  A
 * summary never does (one resource per place and module); a file that
 * does is ambiguous. */
bool tl_sum_group_repeats_path(const tl_sum_group *g);
/* The caller's place for an entry given the call's argument, or -1. */
int tl_summary_place(tl_func *caller, const tl_sum_entry *e, const tl_operand *arg);

#endif
