/* A rule module: one family of rules as a small state machine over API
 * events.  The core calls these hooks while it walks each path; a module
 * reads and changes only its own resources through the tl_ctx API in
 * engine.h, and never sees a front end. */
#ifndef THREADLINT_MODULE_H
#define THREADLINT_MODULE_H

#include <stdbool.h>

#include "ir.h"
#include "state.h"

typedef struct tl_ctx tl_ctx;

/* An API call that matters to a module only when argument `arg` is not a
 * null pointer constant: `pthread_mutex_init(&m, NULL)` gives the attr
 * module no attribute object to follow.  Both front ends' prefilters and
 * the core's "interesting functions" prepass skip such calls. */
typedef struct tl_api_arg {
    const char *api;
    int arg;
} tl_api_arg;

typedef struct tl_module {
    const char *name;
    /* Functions this module models (NULL-terminated); calls of any other
     * function are summarised or treated as unknown by the core. */
    const char *const *apis;
    /* Those of `apis` that matter only when an argument is not null
     * (terminated by {NULL, 0}); NULL when every call matters.  An arg of
     * TL_GATE_ACCESSOR marks an accessor instead: on a global object it
     * matters to no rule, so it counts only in a function whose text also
     * names one of `companions` (e.g. the object's type) or another API. */
    const tl_api_arg *needs_arg;
    const char *const *companions;
    /* A call of one of `apis`. */
    void (*on_call)(tl_ctx *c, const tl_event *ev);
    /* A call of any other function (a helper here or in another file),
     * before its summary, if any, is applied. */
    void (*on_other_call)(tl_ctx *c, const tl_event *ev);
    /* The acquisition status bound with tl_ctx_bind_status is now known. */
    void (*on_status)(tl_ctx *c, int res, bool success);
    /* The resource's place (or an enclosing one) left the analysis's sight. */
    void (*on_escape)(tl_ctx *c, int res, const tl_loc *where);
    /* `ev` copies the resource's value into `dst_place` (`t = w->tid`): a
     * module that follows copies adds the resource there too.  Without this
     * hook the copied place escapes, as if handed to an unknown function. */
    void (*on_copy)(tl_ctx *c, int res, int dst_place, const tl_event *ev);
    /* The resource's place is assigned a new value by `ev` (an ASSIGN, or
     * an INCR such as a loop's `i++`). */
    void (*on_overwrite)(tl_ctx *c, int res, const tl_event *ev);
    /* A break/continue/goto (a JUMP event); `leaves_scope` says whether it
     * leaves the scope of the local holding the resource. */
    void (*on_jump)(tl_ctx *c, int res, const tl_event *jump, bool leaves_scope);
    /* In reporting runs, the path reaches the branch ending `branch`, the
     * whole condition of an `if` with no else (cond.if_lead): a module
     * observes there (tl_ctx_branch_key) what a fix-it removing the `if`
     * needs to know. */
    void (*on_branch)(tl_ctx *c, int res, const tl_block *branch);
    /* The function returns with the resource in this state. */
    void (*on_exit)(tl_ctx *c, int res, const tl_block *exit);
    /* A callee's summary says it left `callee_res` (rooted at a parameter)
     * at `place` of the caller; apply it to the caller's state. */
    void (*on_summary)(tl_ctx *c, int place, const tl_res *callee_res, const tl_event *call);
    /* Its resources are facts that hold on some paths ("a thread that may
     * still run uses this"): where return classes a caller cannot tell
     * apart differ in them, a summary keeps them in all (where another
     * module's differing effects become escapes). */
    bool summary_may;
} tl_module;

/* The registry, in module-id order; id 0 is the core's own markers. */
#define TL_MODULE_LIST(X) X(thread) X(attr) X(key) X(cleanup) X(lifetime) X(destroy)

/* Each module's id, for the few modules that read another's resources
 * (tl_ctx_peek): TL_MODULE_ID_thread, ... */
enum {
    TL_MODULE_ID_core_ = 0,
#define TL_MODULE_ID_ENTRY(name) TL_MODULE_ID_##name,
    TL_MODULE_LIST(TL_MODULE_ID_ENTRY)
#undef TL_MODULE_ID_ENTRY
};

#define TL_MODULE_DECL(name) extern const tl_module tl_module_##name;
TL_MODULE_LIST(TL_MODULE_DECL)
#undef TL_MODULE_DECL

int tl_module_count(void);                 /* including the core's id 0 */
const tl_module *tl_module_get(int id);    /* NULL for id 0 */
/* The first module modelling `callee`, or -1. */
int tl_module_for_api(const char *callee);
/* The next module after `after` that models `callee`, or -1: a call is
 * dispatched to every module listing it, in module-id order. */
int tl_module_next_for_api(const char *callee, int after);
/* The gate of `callee` over all modules (api_text.h): TL_GATE_NOT_API,
 * TL_GATE_ALWAYS, or the argument whose being null makes a call of it
 * matter to no module. */
int tl_module_api_gate(const char *callee);
/* Can this call matter to a module?  (A modelled API, not gated off by a
 * constant 0 argument.) */
bool tl_module_call_matters(const tl_func *f, const tl_event *call);
/* The same, given the callee's gate (from an api_index.h lookup). */
bool tl_module_gated_call_matters(const tl_func *f, const tl_event *call, int gate);
/* The same from the call's facts: does its first argument name a global
 * (an accessor's gate), is the argument the gate names the constant 0? */
bool tl_module_gate_admits(int gate, bool first_arg_global, bool gated_arg_zero);
/* Is `name` a companion of some module's accessors? */
bool tl_module_is_companion(const char *name);

#endif
