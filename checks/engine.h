/* The path-sensitive core: walks one function's CFG with a worklist of
 * states, merges states at a block only where every resource agrees, and
 * gives modules the tl_ctx API below while it stands on one event. */
#ifndef THREADLINT_ENGINE_H
#define THREADLINT_ENGINE_H

#include <limits.h>
#include <stdbool.h>

#include "analyze.h"
#include "api_index.h"
#include "finding.h"
#include "module.h"
#include "state.h"

typedef struct tl_summary tl_summary;
typedef struct tl_summaries tl_summaries;

/* Everything one tl_analyze_tu run shares between functions. */
typedef struct tl_run {
    const tl_tu *tu;
    const tl_config *cfg;
    tl_stats *stats;
    tl_summaries *summaries;
    const bool *interesting;   /* per function: can affect a module's resources */
    const bool *never_returns; /* per function: no path reaches a return */
    const bool *exits_thread;  /* per function: may call pthread_exit (or a callee does) */
    tl_api_index apis;         /* which modules hear a call */
} tl_run;

/* The index of the function so named, -1 when the TU defines none. */
int tl_run_func(const tl_run *run, const char *name);

/* How one function is being analysed. */
typedef enum tl_mode {
    TL_MODE_REPORT,  /* findings are produced */
    TL_MODE_SUMMARY, /* only the effects on parameters are collected */
} tl_mode;

/* Analyses f. In report mode appends findings to out (unless a budget is
 * hit); in summary mode fills *summary. Returns false on a budget hit. */
bool tl_engine_run(tl_run *run, int func_index, tl_mode mode, int depth, tl_findings *out,
                   tl_summary **summary, tl_arena *summary_arena);

/* ---- the module-facing API --------------------------------------------------- */

const tl_tu *tl_ctx_tu(const tl_ctx *c);
/* The summary of `name`, defined in another file (summaries across files),
 * or NULL when there is none or it is unknown. */
const struct tl_ext_summary *tl_ctx_external(const tl_ctx *c, const char *name);
/* All of them (NULL: no summaries file). */
const struct tl_ext_summaries *tl_ctx_externals(const tl_ctx *c);
const tl_func *tl_ctx_func(const tl_ctx *c);
tl_func *tl_ctx_func_mut(tl_ctx *c); /* for deriving places during summaries */
bool tl_ctx_reporting(const tl_ctx *c);
int tl_ctx_module(const tl_ctx *c); /* the module whose hook is running */

int tl_ctx_find(const tl_ctx *c, int place);          /* this module's resource */
tl_res *tl_ctx_res(tl_ctx *c, int index);
/* This module's resources in turn: the first after index `after` (start
 * with -1), or -1 when there is none. */
int tl_ctx_next(const tl_ctx *c, int after);
/* Another module's resource at `place` on this path, read only, or NULL:
 * for a rule that depends on what that module knows (is a thread still
 * running here?) without changing it. */
const tl_res *tl_ctx_peek(const tl_ctx *c, int module, int place);
/* Another module's first resource in state st at or under `place`, or NULL. */
const tl_res *tl_ctx_peek_under(const tl_ctx *c, int module, int place, int st);
int tl_ctx_add(tl_ctx *c, int place, int st);         /* returns its index */
void tl_ctx_remove(tl_ctx *c, int index);
/* The place and everything under it leave the analysis's sight. */
void tl_ctx_escape(tl_ctx *c, int place, tl_loc where);
/* The acquisition just made succeeds iff `result` (a call's temp) equals succ. */
void tl_ctx_bind_status(tl_ctx *c, int index, const tl_operand *result, long long succ);
/* The module just released the resource by the API call `call` (its
 * typestate was `undo_st` before): the release happened iff the call's
 * result equals succ.  Where a branch decides that it failed, the core puts
 * the typestate back to undo_st and sets release_failed (a second release
 * there is no double release); the module's on_status is not called. */
void tl_ctx_bind_release(tl_ctx *c, int index, const tl_event *call, long long succ, int undo_st);
/* In on_status: was the status read from a per-element key (`rc[i]`,
 * `w[i].ret`, of an array of acquisitions) at a point its acquisition does
 * not dominate (a later loop over the elements)?  Then it is the status of
 * one element, not of the latest acquisition. */
bool tl_ctx_status_of_element(tl_ctx *c, const tl_res *r);
/* Records the current path position as the resource's origin. */
void tl_ctx_set_origin(tl_ctx *c, int index);

/* Does the function ever look at the result of `call` (the event being
 * applied): test it in a branch, switch or return, hand it to a call, or
 * store it where it outlives the function, directly or through locals it
 * is copied into? */
bool tl_ctx_result_examined(tl_ctx *c, const tl_event *call);
/* True when the place's storage, or the memory holding it, dies when the
 * function returns (a local, or a local pointer to memory it allocated). */
bool tl_ctx_place_dies_here(const tl_ctx *c, int place);
/* As a start routine, does the function so named keep its thread running
 * until the process ends: it never returns and never calls pthread_exit? */
bool tl_ctx_runs_forever(const tl_ctx *c, const char *name);
/* True when the place (or an enclosing one) was assigned an unknown value
 * or handed out, so its content is unknown. */
bool tl_ctx_place_touched(const tl_ctx *c, int place);
/* What the place now holds lies in [lo, hi] (e.g. a created pthread_t is
 * never 0); tl_ctx_forget_value drops what was known. */
void tl_ctx_assume_value(tl_ctx *c, int place, long long lo, long long hi);
void tl_ctx_forget_value(tl_ctx *c, int place);
/* The known value of an operand, if it is a constant fact. */
bool tl_ctx_const_value(const tl_ctx *c, const tl_operand *o, long long *value);
/* Can the operand hold `value` on this path?  (A status tested `!= 0`
 * cannot hold 0.) */
bool tl_ctx_may_equal(const tl_ctx *c, const tl_operand *o, long long value);

/* A path note tied to a place, e.g. "thread cancelled here". */
void tl_ctx_note(tl_ctx *c, int place, tl_loc loc, const char *msg);
/* The same note as the concatenation of `parts` (NULL-terminated), put
 * together only if a report shows it: for notes made on every path.  The
 * strings must outlive the run (the array itself is copied). */
void tl_ctx_note_parts(tl_ctx *c, int place, tl_loc loc, const char *const *parts);
/* Remembers that at `key` (a flat event index, or -1-block for an exit) the
 * place was in state st, so fix-its can demand "on every path". */
void tl_ctx_observe(tl_ctx *c, int key, int place, int st);
int tl_ctx_event_index(const tl_ctx *c); /* flat index of the current event */
int tl_ctx_exit_key(const tl_block *exit);
/* Observation keys of the entry of a block, and of the exits a path
 * reaches after the written jump at flat event index `jump` (its latest). */
int tl_ctx_block_key(const tl_ctx *c, int block);
int tl_ctx_after_jump_key(const tl_ctx *c, int jump);
/* Observation key of the state where a path takes the branch ending block
 * `block` (tl_module.on_branch). */
int tl_ctx_branch_key(int block);
/* In on_status: the block the edge that decided the status enters, or -1. */
int tl_ctx_decided_block(const tl_ctx *c);
/* The event at a flat index. */
const tl_event *tl_ctx_event_at(const tl_ctx *c, int index);

/* Findings.  One per (rule, dedup key) per function: the first path wins. */
/* The dedup key of a finding the resource's failed acquisition causes: every
 * later use of it is wrong for that one reason, so it is reported once, at
 * the first use a path reaches (never equal to an event index). */
int tl_ctx_cause_key(const tl_ctx *c, const tl_res *r);
typedef struct tl_report tl_report;
tl_report *tl_ctx_report(tl_ctx *c, tl_rule_id rule, int dedup_key, tl_loc loc,
                         const char *msg);
/* Adds the path from the resource's origin to here as notes, and makes
 * the report about that resource (tl_report_about). */
void tl_report_path(tl_report *r, const tl_res *res);
/* The resource the report is about (its origin; the first call wins). */
void tl_report_about(tl_report *r, const tl_res *res);
/* Reports are warnings unless made notes here.  A note is dropped when the
 * function also reports a warning of the same rule about the same
 * resource: the warning says more. */
void tl_report_severity(tl_report *r, tl_severity severity);
void tl_report_note(tl_report *r, tl_note_kind kind, tl_loc loc, const char *msg);
/* A fix-it kept only if every observation of (obs_key, obs_place) has
 * state obs_st once the function is fully explored (TL_OBS_ALWAYS: always). */
void tl_report_fixit(tl_report *r, tl_range range, const char *text, int obs_key,
                     int obs_place, int obs_st);
/* One more condition on the fix-it being built, without an edit: every
 * observation of (obs_key, obs_place) has a state st with bit 1u << st in
 * st_mask, and there is one.  obs_key TL_OBS_ANY_EXIT: at any exit (a
 * function that never returns has none, and that holds). */
void tl_report_fixit_require(tl_report *r, int obs_key, int obs_place, unsigned st_mask);
/* The edits and conditions added from now on are an alternative fix-it,
 * offered only when the ones before it do not all hold. */
void tl_report_fixit_or(tl_report *r);
/* Like tl_report_fixit_or, but the alternative that follows is also
 * offered beside an earlier one that holds (tl_finding.alts): a join
 * where a detach is the likelier repair. */
void tl_report_fixit_also(tl_report *r);
tl_arena *tl_report_arena(tl_report *r);
/* The statement `stmt` (e.g. "pthread_join(t, NULL);") inserted before the
 * return that ends `exit`, on its own line at the return's indentation, or
 * with braces around both when the return is not inside braces; kept only
 * if every path reaching that exit holds `place` in state `st`. */
void tl_report_fixit_before_exit(tl_report *r, const tl_block *exit, const char *stmt, int place,
                                 int st);
/* The same, kept if every path reaching the exit holds `place` in one of
 * the states of `st_mask` (1u << state). */
void tl_report_fixit_before_exit_in(tl_report *r, const tl_block *exit, const char *stmt,
                                    int place, unsigned st_mask);
/* The same edit, made only where it is needed: where every path reaching
 * the exit holds `place` in a state of st_mask; left out where none does;
 * where some do and some do not, the whole fix-it is dropped. */
void tl_report_fixit_before_exit_if(tl_report *r, const tl_block *exit, const char *stmt,
                                    int place, unsigned st_mask);
/* The call statement deleted (tl_call_removable), or, as the whole arm of
 * `if (g(x) == k) call;`, the statement made `g(x);`; kept if every path
 * reaching obs_key holds `place` in state st.  Nothing when neither fits. */
void tl_report_fixit_remove_call(tl_report *r, const tl_event *call, int obs_key, int place,
                                 int st);
/* The same edit, made where some path reaching the exit holds `place` in
 * state st, and kept only if every path there holds it in one of ok_mask
 * (`place` may be one a module observes for the purpose, such as a flag). */
void tl_report_fixit_before_exit_where(tl_report *r, const tl_block *exit, const char *stmt,
                                       int place, int st, unsigned ok_mask);
/* A condition on the fix-it: no path reaches obs_key holding `place` in a
 * state of st_mask. */
void tl_report_fixit_require_none(tl_report *r, int obs_key, int obs_place, unsigned st_mask);

/* Neither an event index (>= 0) nor an exit key (-1 - block id). */
/* The statement `text` inserted before the statement `stmt` (whose
 * TL_STMT_* flags are `flags`), as tl_report_fixit_before_exit does. */
void tl_report_fixit_before_stmt(tl_report *r, tl_range stmt, unsigned flags, const char *text,
                                 int obs_key, int place, int st);

enum { TL_OBS_ALWAYS = INT_MIN, TL_OBS_ANY_EXIT = INT_MIN + 1 };

#endif
