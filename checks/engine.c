#include "engine.h"

#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "summary.h"
#include "summary_ext.h"
#include "var_reads.h"

/* A node of the path taken so far; shared between the states that forked
 * from it, newest first. */
struct tl_trace {
    const tl_trace *parent;
    tl_note_kind kind;
    int place; /* -1: a decision, which belongs to every resource's path */
    int site;  /* the program point: an event's flat index, -1 - a block's id */
    tl_loc loc;
    const char *msg;
    /* Or (msg NULL) the pieces it is the concatenation of, NULL-terminated:
     * worded only when a report reads it, as most paths report nothing. */
    const char *const *parts;
};

/* One edit of a fix-it, or (fix.text NULL) one more condition on it. */
typedef struct pending_fixit {
    tl_fixit fix;
    int obs_key, obs_place, obs_st;
    unsigned obs_mask; /* nonzero: any state st with bit 1u << st will do */
    int alt;           /* which alternative it belongs to (tl_report_fixit_or) */
    bool also;         /* offered beside the first that holds (tl_report_fixit_also) */
    unsigned char when; /* fixit_when */
} pending_fixit;

/* How a pending edit's observations decide it. */
typedef enum fixit_when {
    FIX_WHEN_ALL,    /* kept if every observation agrees (obs_st or obs_mask) */
    FIX_WHEN_LIVE,   /* an edit made where all observations are in obs_mask,
                        left out where none is; mixed, the fix-it fails */
    FIX_WHEN_NONE,   /* a condition: no observation is in obs_mask */
    FIX_WHEN_SOME,   /* an edit made where some observation is obs_st; then
                        every one there must be in obs_mask */
} fixit_when;

struct tl_report {
    tl_rule_id rule;
    tl_severity severity;
    int dedup_key;
    int subject; /* origin of the resource it is about (tl_report_about), -1 */
    tl_loc loc;
    const char *msg;
    tl_note *notes;
    int nnotes, note_cap;
    pending_fixit *fixits;
    int nfixits, fixit_cap;
    int alt; /* the alternative edits are being added to */
    bool also; /* ... and whether it is offered beside an earlier one */
    tl_arena *arena;
    const tl_func *func;
    const tl_trace *trace; /* the path at the moment of the report */
};

typedef struct observation {
    int key, place, st;
} observation;

typedef struct slot {
    tl_state *st;
    int merges;
} slot;

typedef struct work_item {
    int block;
    tl_state *st;
    long order; /* reverse post-order of the block, then arrival */
} work_item;

typedef struct state_list {
    tl_state **items;
    int n, cap;
} state_list;

struct tl_ctx {
    tl_run *run;
    tl_func *f;
    int func_index;
    tl_mode mode;
    int depth;
    tl_arena arena;       /* states and traces: freed when the function is done */

    tl_state *st;         /* the state the hooks act on */
    int block;            /* the block being processed */
    int deciding_key;     /* in on_status: the key whose fact decided, else -1 */
    int deciding_target;  /* in on_status: the block the deciding edge enters, else -1 */
    int module;
    int event_index;
    const tl_event *ev;
    int *event_base;      /* flat index of each block's first event */

    slot **slots;         /* per block: states seen there */
    int *nslots;
    work_item *work;      /* a binary heap on `order` */
    int nwork, work_cap;
    long arrivals;
    int *rpo;             /* reverse post-order number of each block */
    long steps;
    bool budget_hit;

    tl_report **reports;
    int nreports, report_cap;
    observation *obs;
    int nobs, obs_cap;

    state_list *out;      /* where an event's resulting states go */
    /* Fact keys whose value can decide a branch or a return: facts about
     * any other scalar would only make states bigger. */
    unsigned char *relevant;
    int nrelevant;
    /* Places a rule or a callee can look at, with their ancestors: only
     * these need the core's markers. */
    unsigned char *watched;
    int nwatched;
    /* Per event: 0 not asked yet, 1 its result is examined, 2 it is not. */
    unsigned char *examined;
    tl_summary *summary;
    tl_arena *summary_arena;
};

/* ---- small helpers ------------------------------------------------------- */

static void list_push(tl_arena *a, state_list *l, tl_state *s) {
    l->items = tl_arena_grow(a, l->items, sizeof *l->items, &l->cap, l->n + 1);
    l->items[l->n++] = s;
}

static tl_trace *trace_push(tl_ctx *c, const tl_trace *parent, tl_note_kind kind,
                                  int place, int site, tl_loc loc, const char *msg) {
    tl_trace *t = tl_arena_alloc(&c->arena, sizeof *t);
    t->parent = parent;
    t->kind = kind;
    t->place = place;
    t->site = site;
    t->loc = loc;
    t->msg = msg;
    t->parts = NULL;
    return t;
}

/* A node whose note is the concatenation of `parts` (NULL-terminated,
 * copied; the strings themselves must outlive the run). */
static tl_trace *trace_push_parts(tl_ctx *c, const tl_trace *parent, tl_note_kind kind, int place,
                                  int site, tl_loc loc, const char *const *parts) {
    size_t n = 0;
    while (parts[n])
        n++;
    tl_trace *t = trace_push(c, parent, kind, place, site, loc, NULL);
    t->parts = tl_arena_memdup(&c->arena, parts, sizeof *parts * (n + 1));
    return t;
}

/* The note a trace node gives, worded in `a` if it is in parts. */
static const char *trace_text(tl_arena *a, const tl_trace *t) {
    if (!t->parts)
        return t->msg;
    size_t len = 0;
    for (const char *const *p = t->parts; *p; p++)
        len += strlen(*p);
    char *text = tl_arena_alloc(a, len + 1), *at = text;
    for (const char *const *p = t->parts; *p; p++) {
        size_t n = strlen(*p);
        memcpy(at, *p, n);
        at += n;
    }
    *at = '\0';
    return text;
}

/* ---- module-facing API ------------------------------------------------------ */

const tl_tu *tl_ctx_tu(const tl_ctx *c) { return c->run->tu; }
const tl_ext_summary *tl_ctx_external(const tl_ctx *c, const char *name) {
    return tl_ext_summaries_find(c->run->cfg->external, name);
}
const tl_ext_summaries *tl_ctx_externals(const tl_ctx *c) { return c->run->cfg->external; }
const tl_func *tl_ctx_func(const tl_ctx *c) { return c->f; }
tl_func *tl_ctx_func_mut(tl_ctx *c) { return c->f; }
bool tl_ctx_reporting(const tl_ctx *c) { return c->mode == TL_MODE_REPORT; }
int tl_ctx_module(const tl_ctx *c) { return c->module; }
int tl_ctx_event_index(const tl_ctx *c) { return c->event_index; }
int tl_ctx_exit_key(const tl_block *exit) { return -1 - exit->id; }
int tl_ctx_block_key(const tl_ctx *c, int block) { return -1 - c->f->nblocks - block; }
int tl_ctx_after_jump_key(const tl_ctx *c, int jump) { return -1 - 2 * c->f->nblocks - jump; }
/* Far below the other keys: after-jump keys grow down with the events. */
int tl_ctx_branch_key(int block) { return INT_MIN / 2 - block; }
int tl_ctx_decided_block(const tl_ctx *c) { return c->deciding_target; }

const tl_event *tl_ctx_event_at(const tl_ctx *c, int index) {
    int b = tl_func_block_of_event(c->f, index);
    return b < 0 ? NULL : &c->f->blocks[b].events[index - c->event_base[b]];
}

int tl_ctx_find(const tl_ctx *c, int place) { return tl_state_find(c->st, c->module, place); }

tl_res *tl_ctx_res(tl_ctx *c, int index) { return &c->st->res[index]; }

const tl_res *tl_ctx_peek(const tl_ctx *c, int module, int place) {
    int i = tl_state_find(c->st, module, place);
    return i >= 0 ? &c->st->res[i] : NULL;
}

const tl_res *tl_ctx_peek_under(const tl_ctx *c, int module, int place, int st) {
    for (int i = 0; i < c->st->nres; i++)
        if (c->st->res[i].module == module && c->st->res[i].st == st &&
            tl_place_is_under(c->f, c->st->res[i].place, place))
            return &c->st->res[i];
    return NULL;
}

int tl_ctx_next(const tl_ctx *c, int after) {
    for (int i = after + 1; i < c->st->nres; i++)
        if (c->st->res[i].module == c->module)
            return i;
    return -1;
}

int tl_ctx_add(tl_ctx *c, int place, int st) {
    int i = tl_state_add(&c->arena, c->st, c->module, place);
    c->st->res[i].st = st;
    return i;
}

void tl_ctx_remove(tl_ctx *c, int index) { tl_state_remove(c->st, index); }

void tl_ctx_set_origin(tl_ctx *c, int index) {
    tl_res *r = &c->st->res[index];
    r->origin = c->event_index;
    r->trace_at_origin = c->st->trace;
}

void tl_ctx_bind_status(tl_ctx *c, int index, const tl_operand *result, long long succ) {
    tl_res *r = &c->st->res[index];
    tl_res_unbind(r);
    r->succ[0] = succ;
    r->bound_at = c->event_index >= 0 ? 1 + c->event_index : 0;
    /* a wrapper that aborts rather than fail: its result says nothing, and
     * an unbound acquisition counts as having succeeded */
    if (c->ev && c->ev->kind == TL_EV_CALL && (c->ev->call_flags & TL_CALL_CANNOT_FAIL))
        return;
    if (result && result->kind == TL_OPD_TEMP)
        r->status[0] = tl_key_temp(result->temp);
}

void tl_ctx_bind_release(tl_ctx *c, int index, const tl_event *call, long long succ,
                         int undo_st) {
    tl_res *r = &c->st->res[index];
    r->release_failed = false;
    if (call->result_temp < 0)
        return;
    tl_operand result = tl_opd_temp(call->result_temp, call->callee, NULL);
    tl_ctx_bind_status(c, index, &result, succ);
    if (r->status[0] >= 0)
        r->undo_st = undo_st;
}

static int core_markers(const tl_ctx *c, int place) {
    int i = tl_state_find(c->st, TL_MODULE_CORE, place);
    return i < 0 ? 0 : c->st->res[i].st;
}

/* In a summary, a place reached from a parameter: whatever happens to it
 * is the caller's to know, watched or not. */
static bool summarised_param(const tl_ctx *c, int place) {
    return c->mode == TL_MODE_SUMMARY && place >= 0 &&
           c->f->vars[c->f->places[place].var].kind == TL_VAR_PARAM;
}

static void core_mark(tl_ctx *c, int place, int bits) {
    if (place < c->nwatched && !c->watched[place] && !summarised_param(c, place))
        return;
    int i = tl_state_add(&c->arena, c->st, TL_MODULE_CORE, place);
    c->st->res[i].st |= bits;
}

static void core_unmark(tl_ctx *c, int place, int bits) {
    int i = tl_state_find(c->st, TL_MODULE_CORE, place);
    if (i < 0)
        return;
    c->st->res[i].st &= ~bits;
    if (!c->st->res[i].st)
        tl_state_remove(c->st, i);
}

bool tl_ctx_place_touched(const tl_ctx *c, int place) {
    for (int p = place; p >= 0; p = c->f->places[p].parent)
        if (core_markers(c, p) & (TL_CORE_TOUCHED | TL_CORE_ESCAPED))
            return true;
    return false;
}

bool tl_ctx_place_dies_here(const tl_ctx *c, int place) {
    if (tl_place_is_local_storage(c->f, place))
        return true;
    /* Through a pointer: only if that pointer is a local holding memory this
     * function allocated and nothing handed it out. */
    for (int p = place; p >= 0; p = c->f->places[p].parent) {
        const tl_place *pl = &c->f->places[p];
        if ((pl->sel == TL_SEL_DEREF || pl->sel == TL_SEL_INDEX) && pl->parent >= 0) {
            int owner = pl->parent;
            if (core_markers(c, owner) & TL_CORE_HEAP)
                return tl_place_is_local_storage(c->f, owner) &&
                       !(core_markers(c, owner) & TL_CORE_ESCAPED);
        }
    }
    return false;
}

bool tl_ctx_const_value(const tl_ctx *c, const tl_operand *o, long long *value) {
    tl_interval iv = tl_facts_operand(c->st, o);
    if (iv.lo != iv.hi)
        return false;
    *value = iv.lo;
    return true;
}

bool tl_ctx_may_equal(const tl_ctx *c, const tl_operand *o, long long value) {
    tl_interval iv = tl_facts_operand(c->st, o);
    return iv.lo <= value && value <= iv.hi && !(iv.has_ne && iv.ne == value);
}

void tl_ctx_assume_value(tl_ctx *c, int place, long long lo, long long hi) {
    tl_state_forget(c->st, tl_key_place(place));
    tl_facts_assume_range(&c->arena, c->st, tl_key_place(place), lo, hi);
}

void tl_ctx_forget_value(tl_ctx *c, int place) { tl_state_forget(c->st, tl_key_place(place)); }

void tl_ctx_note(tl_ctx *c, int place, tl_loc loc, const char *msg) {
    c->st->trace = trace_push(c, c->st->trace, TL_NOTE_EVENT, place, c->event_index, loc, msg);
}

void tl_ctx_note_parts(tl_ctx *c, int place, tl_loc loc, const char *const *parts) {
    c->st->trace =
        trace_push_parts(c, c->st->trace, TL_NOTE_EVENT, place, c->event_index, loc, parts);
}

void tl_ctx_observe(tl_ctx *c, int key, int place, int st) {
    for (int i = 0; i < c->nobs; i++)
        if (c->obs[i].key == key && c->obs[i].place == place && c->obs[i].st == st)
            return;
    c->obs = tl_arena_grow(&c->arena, c->obs, sizeof *c->obs, &c->obs_cap, c->nobs + 1);
    c->obs[c->nobs++] = (observation){key, place, st};
}

int tl_ctx_cause_key(const tl_ctx *c, const tl_res *r) {
    return r->origin >= 0 ? -2 - r->origin : c->event_index;
}

tl_report *tl_ctx_report(tl_ctx *c, tl_rule_id rule, int dedup_key, tl_loc loc,
                         const char *msg) {
    if (c->mode != TL_MODE_REPORT || !c->run->cfg->enabled[rule])
        return NULL;
    for (int i = 0; i < c->nreports; i++)
        if (c->reports[i]->rule == rule && c->reports[i]->dedup_key == dedup_key)
            return NULL;
    tl_report *r = tl_arena_alloc(&c->arena, sizeof *r);
    r->rule = rule;
    r->dedup_key = dedup_key;
    r->subject = -1;
    r->loc = loc;
    r->msg = tl_arena_strdup(&c->arena, msg);
    r->arena = &c->arena;
    r->func = c->f;
    r->trace = c->st->trace;
    c->reports = tl_arena_grow(&c->arena, c->reports, sizeof *c->reports, &c->report_cap,
                               c->nreports + 1);
    c->reports[c->nreports++] = r;
    return r;
}

tl_arena *tl_report_arena(tl_report *r) { return r ? r->arena : NULL; }

void tl_report_severity(tl_report *r, tl_severity severity) {
    if (r)
        r->severity = severity;
}

void tl_report_about(tl_report *r, const tl_res *res) {
    if (r && r->subject < 0)
        r->subject = res->origin;
}

/* tl_report_fixit_before_stmt, `deeper` columns further in than the
 * statement when that is a closing brace. */
static void insert_before(tl_report *r, tl_range stmt, unsigned flags, int deeper,
                          const char *text, int obs_key, int place, int st) {
    tl_range at = {stmt.begin, stmt.begin};
    if (flags & TL_STMT_IN_COMPOUND) {
        /* the new line starts where the statement did */
        unsigned indent = stmt.begin.col > 1 ? stmt.begin.col - 1 : 0;
        tl_report_fixit(r, at,
                        tl_arena_printf(r->arena, "%*s%s\n%*s", deeper, "", text, (int)indent, ""),
                        obs_key, place, st);
    } else {
        tl_range end = {stmt.end, stmt.end};
        tl_report_fixit(r, at, tl_arena_printf(r->arena, "{ %s ", text), obs_key, place, st);
        tl_report_fixit(r, end, " }", obs_key, place, st);
    }
}

void tl_report_fixit_before_stmt(tl_report *r, tl_range stmt, unsigned flags, const char *text,
                                 int obs_key, int place, int st) {
    if (r)
        insert_before(r, stmt, flags, 0, text, obs_key, place, st);
}

/* Does the event name the place, or a place under it, as an argument? */
static bool event_names_place(const tl_func *f, const tl_event *ev, int place) {
    for (int a = 0; ev->kind == TL_EV_CALL && a < ev->nargs; a++) {
        const tl_operand *o = &ev->args[a];
        if ((o->kind == TL_OPD_ADDR || o->kind == TL_OPD_PLACE) && o->place >= 0 &&
            tl_place_is_under(f, o->place, place))
            return true;
    }
    return false;
}

/* Calls that return an int status: `return call(...);` may become
 * `int rc = call(...); release; return rc;` without changing its value. */
static bool returns_int_status(const char *callee) {
    static const char *const prefixes[] = {"pthread_create", "pthread_join", "pthread_detach",
                                           "pthread_attr_", "pthread_mutexattr_",
                                           "pthread_condattr_", "pthread_rwlockattr_",
                                           "pthread_barrierattr_", "pthread_mutex_init",
                                           "pthread_cond_init", "pthread_rwlock_init",
                                           "pthread_barrier_init", "pthread_setspecific",
                                           "pthread_key_create", "thrd_create", "thrd_join",
                                           "thrd_detach", "tss_set", "tss_create", NULL};
    for (int i = 0; callee && prefixes[i]; i++)
        if (strncmp(callee, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return false;
}

/* A local name for the returned status that no variable of f uses. */
static const char *fresh_status_name(tl_arena *a, const tl_func *f) {
    static const char *const names[] = {"rc", "err", "status", "ret"};
    for (int n = 0; n < 40; n++) {
        const char *name = n < 4 ? names[n] : tl_arena_printf(a, "rc%d", n - 2);
        bool used = false;
        for (int v = 0; v < f->nvars && !used; v++)
            used = strcmp(f->vars[v].name, name) == 0;
        if (!used)
            return name;
    }
    return NULL;
}

void tl_report_fixit_before_exit(tl_report *r, const tl_block *exit, const char *stmt, int place,
                                 int st) {
    if (!r)
        return;
    const tl_func *f = r->func;
    /* a call in the return statement that uses the resource must run first */
    const tl_event *user = NULL;
    int users = 0;
    for (int b = 0; b < f->nblocks; b++) /* a `?:` or `&&` spreads it over blocks */
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->stmt_range.begin.offset == exit->term_stmt.begin.offset &&
                ev->stmt_range.begin.file == exit->term_stmt.begin.file &&
                event_names_place(f, ev, place)) {
                user = ev;
                users++;
            }
        }
    if (!user) { /* before the brace a function falls off, one level deeper */
        insert_before(r, exit->term_stmt, exit->term_stmt_flags,
                      exit->term_stmt_flags & TL_RET_IMPLICIT ? 4 : 0, stmt,
                      tl_ctx_exit_key(exit), place, st);
        return;
    }
    const char *name = fresh_status_name(r->arena, f);
    if (users != 1 || !name || exit->retval.kind != TL_OPD_TEMP || user->result_temp < 0 ||
        exit->retval.temp != user->result_temp || !returns_int_status(user->callee) ||
        (exit->term_stmt_flags & TL_STMT_IN_MACRO) || (user->stmt_flags & TL_STMT_IN_MACRO) ||
        user->range.begin.offset <= exit->term_stmt.begin.offset ||
        user->range.end.offset >= exit->term_stmt.end.offset)
        return;
    /* `return call(...);` becomes `int rc = call(...); stmt return rc;` */
    int key = tl_ctx_exit_key(exit);
    bool braced = exit->term_stmt_flags & TL_STMT_IN_COMPOUND;
    unsigned col = exit->term_stmt.begin.col;
    const char *sep = braced ? tl_arena_printf(r->arena, "\n%*s", (int)(col > 1 ? col - 1 : 0), "")
                             : " ";
    tl_report_fixit(r, (tl_range){exit->term_stmt.begin, user->range.begin},
                    tl_arena_printf(r->arena, "%sint %s = ", braced ? "" : "{ ", name), key, place,
                    st);
    tl_report_fixit(r, (tl_range){user->range.end, exit->term_stmt.end},
                    tl_arena_printf(r->arena, ";%s%s%sreturn %s;%s", sep, stmt, sep, name,
                                    braced ? "" : " }"),
                    key, place, st);
}

/* tl_report_fixit_before_exit, its edits judged by `mask` and `when`. */
static void before_exit_as(tl_report *r, const tl_block *exit, const char *stmt, int place,
                           int st, unsigned mask, fixit_when when) {
    if (!r)
        return;
    int first = r->nfixits;
    tl_report_fixit_before_exit(r, exit, stmt, place, st);
    for (int k = first; k < r->nfixits; k++) {
        r->fixits[k].obs_mask = mask;
        r->fixits[k].when = when;
    }
}

void tl_report_fixit_before_exit_in(tl_report *r, const tl_block *exit, const char *stmt,
                                    int place, unsigned st_mask) {
    before_exit_as(r, exit, stmt, place, 0, st_mask, FIX_WHEN_ALL);
}

void tl_report_fixit_before_exit_if(tl_report *r, const tl_block *exit, const char *stmt,
                                    int place, unsigned st_mask) {
    before_exit_as(r, exit, stmt, place, 0, st_mask, FIX_WHEN_LIVE);
}

void tl_report_fixit_before_exit_where(tl_report *r, const tl_block *exit, const char *stmt,
                                       int place, int st, unsigned ok_mask) {
    before_exit_as(r, exit, stmt, place, st, ok_mask, FIX_WHEN_SOME);
}

void tl_report_fixit_require_none(tl_report *r, int obs_key, int obs_place, unsigned st_mask) {
    if (!r)
        return;
    tl_report_fixit_require(r, obs_key, obs_place, st_mask);
    r->fixits[r->nfixits - 1].when = FIX_WHEN_NONE;
}

void tl_report_fixit_remove_call(tl_report *r, const tl_event *call, int obs_key, int place,
                                 int st) {
    if (!r)
        return;
    if (tl_call_removable(r->func, call, 0)) {
        tl_report_fixit(r, call->stmt_range, "", obs_key, place, st);
        return;
    }
    const tl_event *cond = tl_call_removable_arm(r->func, call, 0);
    if (!cond)
        return;
    /* `if (g(x) == 0) call;` becomes `g(x);` */
    tl_report_fixit(r, (tl_range){cond->stmt_range.begin, cond->range.begin}, "", obs_key, place,
                    st);
    tl_report_fixit(r, (tl_range){cond->range.end, call->stmt_range.end}, ";", obs_key, place, st);
}

void tl_report_note(tl_report *r, tl_note_kind kind, tl_loc loc, const char *msg) {
    if (!r)
        return;
    r->notes = tl_arena_grow(r->arena, r->notes, sizeof *r->notes, &r->note_cap, r->nnotes + 1);
    r->notes[r->nnotes++] = (tl_note){kind, loc, tl_arena_strdup(r->arena, msg)};
}

/* The conditions one macro expansion tests are all spelled as the
 * invocation, at its location: in a row, they say nothing new. */
/* Two notes that read the same, at two program points: one macro
 * expansion's tests.  The same point twice is a loop going round again. */
static bool same_note(const tl_trace *a, const char *a_text, const tl_trace *b,
                      const char *b_text) {
    return a->kind == b->kind && a->site != b->site && a->loc.file == b->loc.file && a->loc.offset == b->loc.offset &&
           strcmp(a_text, b_text) == 0;
}

void tl_report_path(tl_report *r, const tl_res *res) {
    if (!r)
        return;
    tl_report_about(r, res);
    /* Walk back to the origin, then emit oldest first. */
    int n = 0;
    for (const tl_trace *t = r->trace; t && t != res->trace_at_origin; t = t->parent)
        if (t->place < 0 || t->place == res->place)
            n++;
    if (!n)
        return;
    const tl_trace **nodes = tl_arena_alloc(r->arena, sizeof *nodes * (size_t)n);
    int i = n;
    for (const tl_trace *t = r->trace; t && t != res->trace_at_origin; t = t->parent)
        if (t->place < 0 || t->place == res->place)
            nodes[--i] = t;
    const char *prev_text = NULL;
    for (i = 0; i < n; i++) {
        const char *text = trace_text(r->arena, nodes[i]);
        /* a macro's tests, one spelling */
        if (!(i > 0 && same_note(nodes[i - 1], prev_text, nodes[i], text)))
            tl_report_note(r, nodes[i]->kind, nodes[i]->loc, text);
        prev_text = text;
    }
}

void tl_report_fixit(tl_report *r, tl_range range, const char *text, int obs_key,
                     int obs_place, int obs_st) {
    if (!r)
        return;
    r->fixits = tl_arena_grow(r->arena, r->fixits, sizeof *r->fixits, &r->fixit_cap,
                              r->nfixits + 1);
    r->fixits[r->nfixits++] = (pending_fixit){
        .fix = {range, tl_arena_strdup(r->arena, text)},
        .obs_key = obs_key,
        .obs_place = obs_place,
        .obs_st = obs_st,
        .alt = r->alt,
        .also = r->also,
    };
}

void tl_report_fixit_require(tl_report *r, int obs_key, int obs_place, unsigned st_mask) {
    if (!r)
        return;
    r->fixits = tl_arena_grow(r->arena, r->fixits, sizeof *r->fixits, &r->fixit_cap,
                              r->nfixits + 1);
    r->fixits[r->nfixits++] = (pending_fixit){
        .obs_key = obs_key,
        .obs_place = obs_place,
        .obs_mask = st_mask,
        .alt = r->alt,
        .also = r->also,
    };
}

void tl_report_fixit_or(tl_report *r) {
    if (!r)
        return;
    if (r->nfixits && r->fixits[r->nfixits - 1].alt == r->alt)
        r->alt++;
    r->also = false;
}

void tl_report_fixit_also(tl_report *r) {
    tl_report_fixit_or(r);
    if (r)
        r->also = true;
}

/* Is the key, or a local it is copied into, read by a branch, a switch, a
 * return or a call, or stored where it outlives the function? */
static bool key_examined(tl_ctx *c, int key) {
    const tl_func *f = c->f;
    unsigned char *copy = tl_arena_alloc(&c->arena, (size_t)c->nrelevant + 1);
    copy[key] = 1;
    for (bool grew = true; grew;) {
        grew = false;
        for (int b = 0; b < f->nblocks; b++)
            for (int e = 0; e < f->blocks[b].nevents; e++) {
                const tl_event *ev = &f->blocks[b].events[e];
                int src = ev->kind == TL_EV_ASSIGN ? tl_facts_key(&ev->src) : -1;
                if (ev->kind == TL_EV_ASSIGN && ev->is_test && (src < 0 || src >= c->nrelevant || !copy[src]))
                    src = tl_facts_key(&ev->test_rhs); /* ok = 0 == rc */
                if (src < 0 || src >= c->nrelevant || !copy[src] || ev->dst_place < 0 ||
                    tl_key_place(ev->dst_place) >= c->nrelevant)
                    continue;
                if (!tl_place_is_local_storage(f, ev->dst_place))
                    return true;
                if (!copy[tl_key_place(ev->dst_place)])
                    copy[tl_key_place(ev->dst_place)] = 1, grew = true;
            }
    }
    for (int k = 0; k < c->nrelevant; k++)
        if (copy[k] && c->relevant[k])
            return true;
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            for (int a = 0; ev->kind == TL_EV_CALL && a < ev->nargs; a++) {
                int k = tl_facts_key(&ev->args[a]);
                if (k >= 0 && k < c->nrelevant && copy[k])
                    return true;
            }
        }
    return false;
}

bool tl_ctx_result_examined(tl_ctx *c, const tl_event *call) {
    if (call->result_temp < 0 || tl_key_temp(call->result_temp) >= c->nrelevant)
        return false;
    if (!c->examined) {
        int n = c->event_base[c->f->nblocks - 1] + c->f->blocks[c->f->nblocks - 1].nevents;
        c->examined = tl_arena_alloc(&c->arena, (size_t)n + 1);
    }
    int at = c->event_index;
    if (at < 0)
        return key_examined(c, tl_key_temp(call->result_temp));
    if (!c->examined[at])
        c->examined[at] = key_examined(c, tl_key_temp(call->result_temp)) ? 1 : 2;
    return c->examined[at] == 1;
}

/* ---- transfer functions ------------------------------------------------------ */

static bool is_element_key(const tl_ctx *c, int key) {
    return key >= 0 && !(key & 1) && tl_place_is_collective(c->f, key / 2);
}

bool tl_ctx_status_of_element(tl_ctx *c, const tl_res *r) {
    return is_element_key(c, c->deciding_key) && r->bound_at > 0 &&
           !tl_func_event_dominates(c->f, &c->arena, r->bound_at - 1, c->block);
}

/* A decided status is dropped, except that an array's per-element keys
 * keep telling the other elements' statuses. */
static void unbind_decided(tl_ctx *c, tl_res *r) {
    bool many = !r->undo_st && tl_place_is_collective(c->f, r->place);
    r->undo_st = 0;
    for (int k = 0; k < TL_STATUS_KEYS; k++)
        if (!(many && is_element_key(c, r->status[k])))
            r->status[k] = -1;
}

/* A fact about an array element tells nothing about the next element:
 * once its decision is taken, it is dropped. */
static void forget_element_facts(tl_ctx *c, tl_state *s) {
    for (int i = s->nfacts - 1; i >= 0; i--)
        if (is_element_key(c, s->facts[i].key))
            tl_state_forget(s, s->facts[i].key);
}

/* Tells modules about acquisitions whose status the facts now decide. */
static void resolve_statuses(tl_ctx *c) {
    for (int i = 0; i < c->st->nres; i++) {
        tl_res *r = &c->st->res[i];
        for (int k = 0; k < TL_STATUS_KEYS && r->module != TL_MODULE_CORE; k++) {
            if (r->status[k] < 0)
                continue;
            tl_truth t = tl_facts_status(c->st, r->status[k], r->succ[k]);
            if (t == TL_UNKNOWN)
                continue;
            int undo = r->undo_st, key = r->status[k];
            unbind_decided(c, r);
            if (undo) { /* a release: where it failed, nothing was released */
                if (t == TL_FALSE) {
                    r->st = undo;
                    r->release_failed = true;
                }
                break;
            }
            const tl_module *m = tl_module_get(r->module);
            c->module = r->module;
            int place = r->place, module = r->module;
            c->deciding_key = key;
            if (m && m->on_status)
                m->on_status(c, i, t == TL_TRUE);
            c->deciding_key = -1;
            /* the hook may have removed or moved it: find our place again */
            i = tl_state_find(c->st, module, place);
            if (i < 0)
                i = -1;
            break;
        }
    }
}

/* A module's hook may remove its resource at index i or shift the list:
 * the index to go on from, so every resource is visited once. */
static int index_after_hook(const tl_ctx *c, int i, int module, int place) {
    int j = tl_state_find(c->st, module, place);
    return j < 0 ? i - 1 : j;
}

/* Every resource at or under `place` leaves our sight. */
static void escape_subtree(tl_ctx *c, int place, tl_loc where) {
    if (place < 0)
        return;
    for (int i = 0; i < c->st->nres; i++) {
        tl_res *r = &c->st->res[i];
        if (r->module == TL_MODULE_CORE || !tl_place_is_under(c->f, r->place, place))
            continue;
        const tl_module *m = tl_module_get(r->module);
        int module = r->module, rplace = r->place;
        c->module = module;
        if (m->on_escape)
            m->on_escape(c, i, &where);
        int j = tl_state_find(c->st, module, rplace);
        if (j >= 0 && c->st->res[j].undo_st) /* what a release left is someone else's now */
            tl_res_unbind(&c->st->res[j]);
        i = index_after_hook(c, i, module, rplace);
    }
    core_mark(c, place, TL_CORE_ESCAPED | TL_CORE_TOUCHED);
}

static bool has_resources_under(const tl_ctx *c, int place) {
    for (int i = 0; i < c->st->nres; i++)
        if (tl_place_is_under(c->f, c->st->res[i].place, place))
            return true;
    return false;
}

/* Forgets one key's fact and any acquisition status bound to it. */
static void forget_key(tl_ctx *c, int key) {
    tl_state_forget(c->st, key);
    for (int i = 0; i < c->st->nres; i++)
        for (int k = 0; k < TL_STATUS_KEYS; k++)
            if (c->st->res[i].status[k] == key)
                c->st->res[i].status[k] = -1;
}

/* Forgets facts about place and everything under it (its value changed). */
static void forget_subtree(tl_ctx *c, int place) {
    for (int i = c->st->nfacts - 1; i >= 0; i--) {
        int key = c->st->facts[i].key;
        if (!(key & 1) && tl_place_is_under(c->f, key / 2, place))
            tl_state_forget(c->st, key);
    }
    for (int i = 0; i < c->st->nres; i++) {
        tl_res *r = &c->st->res[i];
        for (int k = 0; k < TL_STATUS_KEYS; k++)
            if (r->status[k] >= 0 && !(r->status[k] & 1) &&
                tl_place_is_under(c->f, r->status[k] / 2, place))
                r->status[k] = -1;
    }
}

static bool is_allocator(const char *name) {
    static const char *const names[] = {"malloc", "calloc", "realloc", "reallocarray",
                                        "aligned_alloc", "strdup", NULL};
    for (int i = 0; name && names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

static bool relevant(const tl_ctx *c, int key) {
    return key >= 0 && key < c->nrelevant && c->relevant[key];
}

static void mark_relevant(tl_ctx *c, const tl_operand *o, bool *changed) {
    int key = tl_facts_key(o);
    if (key >= 0 && key < c->nrelevant && !c->relevant[key]) {
        c->relevant[key] = 1;
        *changed = true;
    }
}

/* The summary another translation unit left for the callee, or NULL. */
static const tl_ext_summary *external_summary(const tl_ctx *c, const tl_event *ev) {
    if (ev->callee_kind != TL_CALLEE_EXTERNAL)
        return NULL;
    return tl_ext_summaries_find(c->run->cfg->external, ev->callee);
}

bool tl_ctx_runs_forever(const tl_ctx *c, const char *name) {
    int idx = tl_run_func(c->run, name);
    if (idx >= 0)
        return c->run->never_returns[idx] && !c->run->exits_thread[idx];
    const tl_ext_summary *x = tl_ext_summaries_find(c->run->cfg->external, name);
    return x && x->never_returns && !x->exits_thread;
}

static void find_watched_places(tl_ctx *c) {
    const tl_func *f = c->f;
    c->nwatched = f->nplaces;
    c->watched = tl_arena_alloc(&c->arena, (size_t)f->nplaces + 1);
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind != TL_EV_CALL)
                continue;
            int callee = ev->callee_kind == TL_CALLEE_DEFINED ? tl_run_func(c->run, ev->callee) : -1;
            bool modelled = tl_api_index_find(&c->run->apis, ev->callee).modules != 0;
            if (!modelled && callee < 0 && !external_summary(c, ev))
                continue;
            for (int a = 0; a < ev->nargs; a++) {
                const tl_operand *o = &ev->args[a];
                if (o->kind != TL_OPD_PLACE && o->kind != TL_OPD_ADDR)
                    continue;
                /* the place, what lies under it via the pointer, and its owners */
                for (int p = o->place; p >= 0 && !c->watched[p]; p = f->places[p].parent)
                    c->watched[p] = 1;
                for (int p = 0; p < f->nplaces; p++)
                    if (!c->watched[p] && tl_place_is_under(f, p, o->place))
                        c->watched[p] = 1;
            }
        }
}

static void find_relevant_keys(tl_ctx *c) {
    const tl_func *f = c->f;
    c->nrelevant = 2 * (f->nplaces > f->ntemps ? f->nplaces : f->ntemps) + 2;
    c->relevant = tl_arena_alloc(&c->arena, (size_t)c->nrelevant);
    bool changed = false;
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *bl = &f->blocks[b];
        if (bl->term == TL_TERM_BRANCH) {
            mark_relevant(c, &bl->cond.lhs, &changed);
            mark_relevant(c, &bl->cond.rhs, &changed);
        } else if (bl->term == TL_TERM_SWITCH) {
            mark_relevant(c, &bl->scrutinee, &changed);
        } else if (bl->term == TL_TERM_RETURN) {
            mark_relevant(c, &bl->retval, &changed);
        }
    }
    /* rc = %0; if (rc): the temp matters through rc */
    while (changed) {
        changed = false;
        for (int b = 0; b < f->nblocks; b++)
            for (int e = 0; e < f->blocks[b].nevents; e++) {
                const tl_event *ev = &f->blocks[b].events[e];
                if (ev->kind == TL_EV_ASSIGN && ev->dst_place >= 0 &&
                    relevant(c, tl_key_place(ev->dst_place))) {
                    mark_relevant(c, &ev->src, &changed);
                    if (ev->is_test) /* ok = rc == 0 */
                        mark_relevant(c, &ev->test_rhs, &changed);
                }
            }
    }
}

/* `dst = src` where every resource under src sits at src itself and its
 * module follows copies (a handle, not a struct holding one). */
static bool copies_resources(const tl_ctx *c, const tl_event *ev) {
    if (ev->src.kind != TL_OPD_PLACE || ev->dst_place < 0 || ev->delta || ev->is_test ||
        tl_place_is_under(c->f, ev->dst_place, ev->src.place))
        return false;
    bool any = false;
    for (int i = 0; i < c->st->nres; i++) {
        const tl_res *r = &c->st->res[i];
        if (r->module == TL_MODULE_CORE || !tl_place_is_under(c->f, r->place, ev->src.place))
            continue;
        if (r->place != ev->src.place || !tl_module_get(r->module)->on_copy)
            return false;
        any = true;
    }
    return any;
}

/* Each module with a resource at the source hears about the copy. */
static void copy_resources(tl_ctx *c, const tl_event *ev) {
    int place = ev->src.place;
    for (int m = 1; m < tl_module_count(); m++) {
        int i = tl_state_find(c->st, m, place);
        if (i < 0)
            continue;
        c->module = m;
        tl_module_get(m)->on_copy(c, i, ev->dst_place, ev);
    }
}

/* The value `dst = src` gives dst: src's, or a comparison's truth. */
static tl_interval assigned_value(const tl_ctx *c, const tl_event *ev) {
    if (ev->is_test) {
        tl_cond test = {.lhs = ev->src, .rhs = ev->test_rhs, .op = ev->test_op};
        tl_truth t = tl_facts_eval(c->st, &test);
        return (tl_interval){t == TL_TRUE ? 1 : 0, t == TL_FALSE ? 0 : 1, false, 0};
    }
    tl_interval v = tl_facts_operand(c->st, &ev->src);
    if (ev->delta) { /* j = i - 1 */
        v.lo = tl_sat_add(v.lo, ev->delta);
        v.hi = tl_sat_add(v.hi, ev->delta);
        tl_ne_shift(&v.has_ne, &v.ne, ev->delta);
    }
    return v;
}

/* dst = src, or dst = (src == s) with s the value that means success (a
 * status kept as a flag, `ok = rc == 0`): dst carries the statuses src
 * carries. */
static void bind_assigned(tl_ctx *c, const tl_event *ev, int key) {
    const tl_operand *a = &ev->src, *b = &ev->test_rhs;
    if (ev->is_test && a->kind == TL_OPD_CONST) { /* 0 == rc */
        a = &ev->test_rhs;
        b = &ev->src;
    }
    int skey = tl_facts_key(a);
    if (skey < 0 || ev->delta)
        return;
    bool eq = ev->test_op == TL_CMP_EQ, ne = ev->test_op == TL_CMP_NE;
    for (int i = 0; i < c->st->nres; i++) {
        tl_res *r = &c->st->res[i];
        int k = tl_res_slot(r, skey);
        if (k < 0)
            continue;
        if (!ev->is_test)
            tl_res_bind_also(r, skey, key);
        else if ((eq || ne) && b->kind == TL_OPD_CONST && b->ival == r->succ[k])
            tl_res_bind_derived(r, skey, key, eq ? 1 : 0);
    }
}

/* Every resource at or under the event's destination hears it is written. */
static void tell_overwrite(tl_ctx *c, const tl_event *ev) {
    for (int i = 0; i < c->st->nres; i++) {
        tl_res *r = &c->st->res[i];
        if (r->module == TL_MODULE_CORE || !tl_place_is_under(c->f, r->place, ev->dst_place))
            continue;
        const tl_module *m = tl_module_get(r->module);
        int module = r->module, rplace = r->place;
        c->module = module;
        if (m->on_overwrite)
            m->on_overwrite(c, i, ev);
        i = index_after_hook(c, i, module, rplace);
    }
}

static void apply_assign(tl_ctx *c, const tl_event *ev) {
    const tl_operand *src = &ev->src;
    bool copies = copies_resources(c, ev);
    if (src->kind == TL_OPD_ADDR ||
        (src->kind == TL_OPD_PLACE && !copies && !ev->is_test &&
         (has_resources_under(c, src->place) || summarised_param(c, src->place))))
        escape_subtree(c, src->place, ev->loc);
    int dst = ev->dst_place;
    if (dst < 0)
        return;
    tell_overwrite(c, ev);
    tl_interval v = assigned_value(c, ev);
    forget_subtree(c, dst);
    int key = tl_key_place(dst);
    if (relevant(c, key) && !is_element_key(c, key)) /* one element says nothing of the next */
        tl_state_set_fact(&c->arena, c->st, (tl_fact){key, v.lo, v.hi, v.has_ne, v.ne});
    /* `struct ctx c = {0}`: every member a branch reads starts at zero */
    if (src->kind == TL_OPD_CONST && src->ival == 0 && !ev->is_test)
        for (int q = 0; q < c->f->nplaces; q++)
            if (q != dst && relevant(c, tl_key_place(q)) && !is_element_key(c, tl_key_place(q)) &&
                tl_place_is_under(c->f, q, dst))
                tl_state_set_fact(&c->arena, c->st, (tl_fact){tl_key_place(q), 0, 0, false, 0});
    /* rc = pthread_create(...): rc now carries the acquisition's status too */
    bind_assigned(c, ev, key);
    core_mark(c, dst, TL_CORE_TOUCHED);
    if (src->kind == TL_OPD_TEMP && is_allocator(src->name) && !ev->is_test)
        core_mark(c, dst, TL_CORE_HEAP);
    else
        core_unmark(c, dst, TL_CORE_HEAP | TL_CORE_ESCAPED);
    if (copies)
        copy_resources(c, ev);
}

static void apply_incr(tl_ctx *c, const tl_event *ev) {
    if (ev->dst_place < 0)
        return;
    tell_overwrite(c, ev); /* `i++` changes i for whoever reads it */
    int key = tl_key_place(ev->dst_place);
    const tl_fact *f = tl_state_fact(c->st, key);
    if (!f)
        return;
    tl_fact n = *f;
    n.lo = tl_sat_add(n.lo, ev->delta);
    n.hi = tl_sat_add(n.hi, ev->delta);
    tl_ne_shift(&n.has_ne, &n.ne, ev->delta);
    tl_state_set_fact(&c->arena, c->st, n);
}

/* Library functions that neither keep nor hand on their pointer arguments. */
static bool keeps_no_pointer(const char *name) {
    static const char *const names[] = {
        "free", "printf", "fprintf", "dprintf", "puts", "fputs", "perror", "fflush",
        "strerror", "strlen", "strcmp", "strncmp", "sleep", "usleep", "nanosleep",
        "syslog",
        /* thread queries and settings: they neither keep nor release the handle */
        "pthread_setname_np", "pthread_getname_np", "pthread_kill", "pthread_equal",
        "pthread_setschedparam", "pthread_getschedparam", "pthread_setschedprio",
        "pthread_setaffinity_np", "pthread_getaffinity_np", "pthread_getattr_np",
        "pthread_getcpuclockid", "pthread_sigqueue", "thrd_equal", NULL};
    for (int i = 0; name && names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

/* A by-value scalar argument cannot hand anything on. */
static bool can_carry(const tl_ctx *c, const tl_operand *a) {
    if (a->kind == TL_OPD_ADDR || summarised_param(c, a->place))
        return true;
    const tl_var *v = &c->f->vars[c->f->places[a->place].var];
    return v->is_pointer || v->is_array || has_resources_under(c, a->place);
}

static void unknown_call_args(tl_ctx *c, const tl_event *ev, bool escapes) {
    if (escapes && ev->callee_kind != TL_CALLEE_INDIRECT && keeps_no_pointer(ev->callee))
        escapes = false;
    for (int i = 0; i < ev->nargs; i++) {
        const tl_operand *a = &ev->args[i];
        if (a->kind != TL_OPD_PLACE && a->kind != TL_OPD_ADDR)
            continue;
        if (escapes && can_carry(c, a))
            escape_subtree(c, a->place, ev->loc);
        if (a->kind == TL_OPD_ADDR) {
            forget_subtree(c, a->place);
            core_mark(c, a->place, TL_CORE_TOUCHED);
        }
    }
}

static void apply_summary_group(tl_ctx *c, const tl_event *ev, const tl_sum_group *g) {
    if (ev->result_temp >= 0 && relevant(c, tl_key_temp(ev->result_temp))) {
        tl_fact f = {tl_key_temp(ev->result_temp), g->lo, g->hi, g->has_ne, g->ne};
        tl_state_set_fact(&c->arena, c->st, f);
    }
    unknown_call_args(c, ev, false);
    for (int i = 0; i < g->nentries; i++) {
        const tl_sum_entry *e = &g->entries[i];
        if (e->param >= ev->nargs)
            continue;
        int place = tl_summary_place(c->f, e, &ev->args[e->param]);
        if (place < 0)
            continue;
        if (e->res.module == TL_MODULE_CORE) {
            escape_subtree(c, place, ev->loc);
            continue;
        }
        const tl_module *m = tl_module_get(e->res.module);
        c->module = e->res.module;
        if (m->on_summary)
            m->on_summary(c, place, &e->res, ev);
    }
}

static tl_summary *summary_for(tl_ctx *c, const tl_event *ev) {
    const tl_ext_summary *x = external_summary(c, ev);
    if (x)
        return x->sum;
    if (ev->callee_kind != TL_CALLEE_DEFINED)
        return NULL;
    /* any helper lowered here, interesting or not: one that only names a
     * thread (thread_setname(t, ...)) keeps nothing, and its summary says so */
    int idx = tl_run_func(c->run, ev->callee);
    if (idx < 0 || c->depth + 1 > c->run->cfg->budget.summary_depth)
        return NULL;
    tl_summary *sum;
    bool busy;
    if (tl_summaries_lookup(c->run->summaries, idx, &sum, &busy))
        return sum;
    tl_summaries_begin(c->run->summaries, idx);
    tl_arena *sa = tl_summaries_arena(c->run->summaries);
    if (!tl_engine_run(c->run, idx, TL_MODE_SUMMARY, c->depth + 1, NULL, &sum, sa))
        sum = NULL;
    tl_summaries_store(c->run->summaries, idx, sum);
    if (sum)
        c->run->stats->summaries++;
    return sum;
}

void tl_ctx_escape(tl_ctx *c, int place, tl_loc where) {
    int module = c->module;
    escape_subtree(c, place, where);
    c->module = module;
}

/* One of the per-resource hooks below, for `what` (an event, a block):
 * false when the module has no such hook. */
typedef bool (*resource_hook)(tl_ctx *c, const tl_module *m, int res, const void *what);

/* Each resource in turn hears `what` through its module's hook (a hook
 * may add or remove resources: index_after_hook finds the next). */
static void tell_each(tl_ctx *c, resource_hook hook, const void *what) {
    for (int i = 0; i < c->st->nres; i++) {
        tl_res *r = &c->st->res[i];
        const tl_module *m = tl_module_get(r->module);
        int module = r->module, place = r->place, saved = c->module;
        c->module = module;
        if (m && hook(c, m, i, what))
            i = index_after_hook(c, i, module, place);
        else
            c->module = saved;
    }
}

/* A written jump. */
static bool jump_hook(tl_ctx *c, const tl_module *m, int res, const void *what) {
    const tl_event *ev = what;
    if (!m->on_jump)
        return false;
    m->on_jump(c, res, ev, tl_jump_leaves_place(c->f, ev, c->st->res[res].place));
    return true;
}

/* The branch of an `if` with no else. */
static bool branch_hook(tl_ctx *c, const tl_module *m, int res, const void *what) {
    if (!m->on_branch)
        return false;
    m->on_branch(c, res, what);
    return true;
}

/* Applies one event to the current state, pushing results to c->out. */
static void apply_event(tl_ctx *c, const tl_event *ev) {
    c->ev = ev;
    switch (ev->kind) {
    case TL_EV_CALL: {
        if (ev->result_temp >= 0) /* in a loop: a new value, not the last one */
            forget_key(c, tl_key_temp(ev->result_temp));
        unsigned modules = tl_api_index_find(&c->run->apis, ev->callee).modules;
        if (modules) {
            for (int a = 0; a < ev->nargs; a++) /* the API may write through it */
                if (ev->args[a].kind == TL_OPD_ADDR)
                    forget_subtree(c, ev->args[a].place);
            /* every module that models the API hears it, in id order */
            for (int m = 1; m < tl_module_count(); m++)
                if (modules & (1u << m)) {
                    c->module = m;
                    tl_module_get(m)->on_call(c, ev);
                }
            break;
        }
        for (int k = 1; k < tl_module_count(); k++)
            if (tl_module_get(k)->on_other_call) {
                c->module = k;
                tl_module_get(k)->on_other_call(c, ev);
            }
        if (ev->callee_kind == TL_CALLEE_DEFINED) {
            int idx = tl_run_func(c->run, ev->callee);
            if (idx >= 0 && c->run->never_returns[idx]) {
                c->run->stats->paths++;
                return; /* a helper such as die(): the path ends here */
            }
        }
        const tl_ext_summary *x = external_summary(c, ev);
        if (x && x->never_returns) { /* die() in another file */
            c->run->stats->paths++;
            return;
        }
        tl_summary *sum = summary_for(c, ev);
        if (sum) {
            tl_state *base = c->st;
            for (int g = 0; g < sum->ngroups; g++) {
                c->st = tl_state_clone(&c->arena, base);
                apply_summary_group(c, ev, &sum->groups[g]);
                resolve_statuses(c);
                list_push(&c->arena, c->out, c->st);
            }
            c->st = base;
            return; /* no group: the callee never returns */
        }
        unknown_call_args(c, ev, true);
        break;
    }
    case TL_EV_ASSIGN:
        apply_assign(c, ev);
        break;
    case TL_EV_INCR:
        apply_incr(c, ev);
        break;
    case TL_EV_ESCAPE:
        escape_subtree(c, ev->dst_place, ev->loc);
        break;
    case TL_EV_JUMP:
        tell_each(c, jump_hook, ev);
        break;
    }
    resolve_statuses(c);
    list_push(&c->arena, c->out, c->st);
}

/* ---- exploration ----------------------------------------------------------- */

enum { TL_WIDEN_AFTER = 3 };

static void enqueue(tl_ctx *c, int block, tl_state *st) {
    if (c->budget_hit)
        return;
    slot *slots = c->slots[block];
    int n = c->nslots[block];
    for (int i = 0; i < n; i++) {
        if (!tl_state_same_resources(slots[i].st, st))
            continue;
        bool widen = ++slots[i].merges >= TL_WIDEN_AFTER;
        if (!tl_state_join(&c->arena, slots[i].st, st, widen))
            return; /* nothing new on this path */
        st = slots[i].st;
        goto push;
    }
    if (n >= c->run->cfg->budget.states_per_block) {
        c->budget_hit = true;
        return;
    }
    {
        int cap = n;
        c->slots[block] = tl_arena_grow(&c->arena, c->slots[block], sizeof **c->slots, &cap,
                                        n + 1);
        c->slots[block][n] = (slot){.st = st};
        c->nslots[block] = n + 1;
    }
push:
    /* Blocks are taken in reverse post-order, so a join block is visited
     * once its forward predecessors are done and their states merged. */
    c->work = tl_arena_grow(&c->arena, c->work, sizeof *c->work, &c->work_cap, c->nwork + 1);
    work_item item = {block, st, (long)c->rpo[block] * (1L << 32) + c->arrivals++};
    int i = c->nwork++;
    while (i > 0 && c->work[(i - 1) / 2].order > item.order) {
        c->work[i] = c->work[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    c->work[i] = item;
}

static work_item pop_work(tl_ctx *c) {
    work_item top = c->work[0], last = c->work[--c->nwork];
    int i = 0;
    for (;;) {
        int k = 2 * i + 1;
        if (k >= c->nwork)
            break;
        if (k + 1 < c->nwork && c->work[k + 1].order < c->work[k].order)
            k++;
        if (c->work[k].order >= last.order)
            break;
        c->work[i] = c->work[k];
        i = k;
    }
    if (c->nwork)
        c->work[i] = last;
    return top;
}


/* Numbers blocks in reverse post-order with an explicit stack (functions
 * can have thousands of blocks). */
static void number_blocks(tl_ctx *c) {
    const tl_func *f = c->f;
    int n = f->nblocks;
    c->rpo = tl_arena_alloc(&c->arena, sizeof *c->rpo * ((size_t)n + 1));
    int *stack = tl_arena_alloc(&c->arena, sizeof *stack * ((size_t)n + 1));
    int *next_succ = tl_arena_alloc(&c->arena, sizeof *next_succ * ((size_t)n + 1));
    unsigned char *seen = tl_arena_alloc(&c->arena, (size_t)n + 1);
    int top = 0, counter = n;
    stack[top++] = f->entry;
    seen[f->entry] = 1;
    while (top) {
        int b = stack[top - 1];
        int s = tl_block_succ(&f->blocks[b], next_succ[b]);
        if (s == -2) {
            c->rpo[b] = --counter;
            top--;
            continue;
        }
        next_succ[b]++;
        if (s >= 0 && !seen[s]) {
            seen[s] = 1;
            stack[top++] = s;
        }
    }
}

static void take_edge(tl_ctx *c, tl_state *st, int succ) {
    if (succ >= 0)
        enqueue(c, succ, st);
}

/* The path took the `truth` edge of branch b: "'<condition>' is true". */
static const tl_trace *trace_decision(tl_ctx *c, const tl_trace *parent, const tl_block *b,
                                      bool truth) {
    const char *parts[] = {"'", b->cond.text ? b->cond.text : "condition", "' is ",
                           truth ? "true" : "false", NULL};
    return trace_push_parts(c, parent, TL_NOTE_DECISION, -1, -1 - b->id, b->cond.loc, parts);
}

/* What a branch or a case decided about an acquisition's status is
 * settled before the state moves on. */
static void take_decided_edge(tl_ctx *c, tl_state *s, int succ) {
    tl_state *saved = c->st;
    c->st = s;
    c->deciding_target = succ;
    resolve_statuses(c);
    c->deciding_target = -1;
    forget_element_facts(c, s);
    c->st = saved;
    take_edge(c, s, succ);
}

static void do_branch(tl_ctx *c, const tl_block *b) {
    tl_truth t = tl_facts_eval(c->st, &b->cond);
    bool both = t == TL_UNKNOWN;
    for (int edge = 0; edge < 2; edge++) {
        bool truth = edge == 0;
        if (!both && truth != (t == TL_TRUE))
            continue;
        tl_state *s = both ? tl_state_clone(&c->arena, c->st) : c->st;
        if (!tl_facts_assume(&c->arena, s, &b->cond, truth))
            continue;
        if (both && b->cond.text && *b->cond.text) /* a macro's hidden test says nothing */
            s->trace = trace_decision(c, s->trace, b, truth);
        take_decided_edge(c, s, b->succ[edge]);
    }
}

/* Does some resource's status say "succeeded" when `key` holds v? */
static bool is_success_value(const tl_ctx *c, int key, long long v) {
    for (int i = 0; key >= 0 && i < c->st->nres; i++) {
        int k = tl_res_slot(&c->st->res[i], key);
        if (k >= 0 && c->st->res[i].succ[k] == v)
            return true;
    }
    return false;
}


static void do_switch(tl_ctx *c, const tl_block *b) {
    int key = tl_facts_key(&b->scrutinee);
    tl_interval v = tl_facts_operand(c->st, &b->scrutinee);
    const char *text = b->scrutinee_text ? b->scrutinee_text : "switch";
    int feasible = 0;
    for (int i = 0; i < b->ncases; i++)
        if (!(b->cases[i].hi < v.lo || b->cases[i].lo > v.hi))
            feasible++;
    bool default_possible = !(v.lo == v.hi && feasible > 0);
    bool many = feasible + (default_possible ? 1 : 0) > 1;
    for (int i = 0; i < b->ncases; i++) {
        tl_state *s = tl_state_clone(&c->arena, c->st);
        if (!tl_facts_assume_range(&c->arena, s, key, b->cases[i].lo, b->cases[i].hi))
            continue;
        if (b->scrutinee.kind == TL_OPD_CONST &&
            (b->scrutinee.ival < b->cases[i].lo || b->scrutinee.ival > b->cases[i].hi))
            continue;
        if (many)
            s->trace = trace_push(c, s->trace, TL_NOTE_DECISION, -1, -1 - b->id, b->term_loc,
                                  tl_arena_printf(&c->arena, "'%s' is %lld", text,
                                                  b->cases[i].lo));
        take_decided_edge(c, s, b->cases[i].succ);
    }
    if (default_possible) {
        tl_state *s = c->st;
        /* no case matched: `default` knows the scrutinee is none of the
         * single values.  Facts keep one hole (a bound shrinks for more),
         * so a value meaning an acquisition succeeded is excluded last. */
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < b->ncases; i++) {
                long long v = b->cases[i].lo;
                if (v != b->cases[i].hi || is_success_value(c, key, v) != (pass == 1))
                    continue;
                tl_cond ne = {.lhs = b->scrutinee, .rhs = tl_opd_const(v, NULL), .op = TL_CMP_NE};
                if (!tl_facts_assume(&c->arena, s, &ne, true))
                    return;
            }
        if (many)
            s->trace = trace_push(c, s->trace, TL_NOTE_DECISION, -1, -1 - b->id, b->term_loc,
                                  tl_arena_printf(&c->arena, "'%s' matches no case", text));
        take_decided_edge(c, s, b->default_succ);
    }
}

/* A return: escape what is returned, then let modules judge what is left. */
static void finish_exit(tl_ctx *c, const tl_block *b, tl_interval ret) {
    c->run->stats->paths++;
    if (c->mode == TL_MODE_SUMMARY) {
        tl_summary_add_exit(c->summary_arena, c->summary, c->f, c->st, ret.lo, ret.hi,
                            ret.has_ne, ret.ne);
        return;
    }
    for (int i = 0; i < c->st->nres; i++) {
        tl_res *r = &c->st->res[i];
        if (r->module == TL_MODULE_CORE)
            continue;
        const tl_module *m = tl_module_get(r->module);
        int module = r->module, place = r->place;
        c->module = module;
        if (m->on_exit)
            m->on_exit(c, i, b);
        i = index_after_hook(c, i, module, place);
    }
}

static void do_return(tl_ctx *c, const tl_block *b) {
    const tl_operand *rv = &b->retval;
    if (rv->kind == TL_OPD_ADDR || rv->kind == TL_OPD_PLACE)
        if (rv->kind == TL_OPD_ADDR || can_carry(c, rv))
            escape_subtree(c, rv->place, b->term_loc);
    /* return pthread_create(...): split on the status so callers see both */
    int key = tl_facts_key(rv);
    for (int i = 0; key >= 0 && i < c->st->nres; i++) {
        tl_res *r = &c->st->res[i];
        if (!tl_res_bound_to(r, key) || r->undo_st) /* a release's status: see tl_summary_add_exit */
            continue;
        tl_state *fail = tl_state_clone(&c->arena, c->st);
        tl_state *saved = c->st;
        tl_cond eq = {.lhs = *rv, .rhs = tl_opd_const(r->succ[tl_res_slot(r, key)], NULL),
                      .op = TL_CMP_EQ};
        if (tl_facts_assume(&c->arena, fail, &eq, false)) {
            c->st = fail;
            resolve_statuses(c);
            finish_exit(c, b, tl_facts_operand(c->st, rv));
        }
        c->st = saved;
        if (!tl_facts_assume(&c->arena, c->st, &eq, true))
            return;
        resolve_statuses(c);
        break;
    }
    finish_exit(c, b, tl_facts_operand(c->st, rv));
}

static void process(tl_ctx *c, int block, tl_state *entry) {
    const tl_block *b = &c->f->blocks[block];
    c->block = block;
    /* two lists used in turn, so a block costs no allocation per event */
    state_list lists[2] = {{0}, {0}};
    state_list *cur = &lists[0], *next = &lists[1];
    list_push(&c->arena, cur, tl_state_clone(&c->arena, entry));
    for (int e = 0; e < b->nevents && cur->n; e++) {
        next->n = 0;
        c->out = next;
        c->event_index = c->event_base[block] + e;
        for (int i = 0; i < cur->n; i++) {
            c->st = cur->items[i];
            apply_event(c, &b->events[e]);
        }
        state_list *t = cur;
        cur = next;
        next = t;
    }
    c->event_index = -1;
    c->ev = NULL;
    for (int i = 0; i < cur->n; i++) {
        c->st = cur->items[i];
        switch (b->term) {
        case TL_TERM_JUMP:
            take_edge(c, c->st, b->succ[0]);
            break;
        case TL_TERM_BRANCH:
            if (b->cond.if_lead && tl_ctx_reporting(c))
                tell_each(c, branch_hook, b);
            do_branch(c, b);
            break;
        case TL_TERM_SWITCH:
            do_switch(c, b);
            break;
        case TL_TERM_RETURN:
            do_return(c, b);
            break;
        case TL_TERM_NORETURN:
        case TL_TERM_NONE:
            c->run->stats->paths++;
            break;
        }
    }
}

static bool obs_key_matches(const tl_ctx *c, int key, int want) {
    if (want == TL_OBS_ANY_EXIT)
        return key < 0 && key >= -c->f->nblocks;
    return key == want;
}

/* How many observations at the pending edit's key and place are in its
 * states (*in) and how many are not (*out). */
static void count_obs(const tl_ctx *c, const pending_fixit *p, int *in, int *out) {
    *in = *out = 0;
    for (int i = 0; i < c->nobs; i++) {
        if (!obs_key_matches(c, c->obs[i].key, p->obs_key) || c->obs[i].place != p->obs_place)
            continue;
        bool ok = p->obs_mask ? c->obs[i].st >= 0 && c->obs[i].st < 32 &&
                                    (p->obs_mask & (1u << c->obs[i].st))
                              : c->obs[i].st == p->obs_st;
        ++*(ok ? in : out);
    }
}

/* Is some observation at the pending edit's key and place its obs_st? */
static bool some_obs(const tl_ctx *c, const pending_fixit *p) {
    for (int i = 0; i < c->nobs; i++)
        if (obs_key_matches(c, c->obs[i].key, p->obs_key) && c->obs[i].place == p->obs_place &&
            c->obs[i].st == p->obs_st)
            return true;
    return false;
}

static bool fixit_holds(const tl_ctx *c, const pending_fixit *p) {
    if (p->obs_key == TL_OBS_ALWAYS)
        return true;
    int in, out;
    count_obs(c, p, &in, &out);
    switch ((fixit_when)p->when) {
    case FIX_WHEN_SOME:
        return !out || !some_obs(c, p);
    case FIX_WHEN_LIVE:
        return !(in && out);
    case FIX_WHEN_NONE:
        return in == 0;
    case FIX_WHEN_ALL:
        break;
    }
    return !out && (in || p->obs_key == TL_OBS_ANY_EXIT); /* no exit: nothing disagrees */
}

/* Is the edit made?  An edit FIX_WHEN_LIVE only where the resource is. */
static bool edit_made(const tl_ctx *c, const pending_fixit *p) {
    if (!p->fix.text)
        return false;
    if (p->when == FIX_WHEN_SOME)
        return some_obs(c, p);
    if (p->when != FIX_WHEN_LIVE)
        return true;
    int in, out;
    count_obs(c, p, &in, &out);
    return in > 0;
}

/* A note about a resource that a warning of the same rule is about too
 * would only repeat it. */
static bool note_superseded(const tl_ctx *c, const tl_report *note) {
    if (note->severity != TL_SEV_NOTE || note->subject < 0)
        return false;
    for (int i = 0; i < c->nreports; i++) {
        const tl_report *w = c->reports[i];
        if (w->severity == TL_SEV_WARNING && w->rule == note->rule && w->subject == note->subject)
            return true;
    }
    return false;
}

/* Does every edit and condition of alternative `alt` hold? */
static bool alt_holds(tl_ctx *c, const tl_report *r, int alt) {
    for (int k = 0; k < r->nfixits; k++)
        if (r->fixits[k].alt == alt && !fixit_holds(c, &r->fixits[k]))
            return false;
    return true;
}

static bool alt_is_also(const tl_report *r, int alt) {
    for (int k = 0; k < r->nfixits; k++)
        if (r->fixits[k].alt == alt)
            return r->fixits[k].also;
    return false;
}

/* The edits of alternative `alt` appended to list (room for all edits). */
static int copy_alt(const tl_ctx *c, const tl_report *r, int alt, tl_fixit *list, tl_arena *a) {
    int n = 0;
    for (int k = 0; k < r->nfixits; k++) {
        if (r->fixits[k].alt != alt || !edit_made(c, &r->fixits[k]))
            continue;
        /* in source order, as clang lists a diagnostic's fix-its; edits at
         * one place keep the order they were made in */
        int at = n;
        while (at > 0 && (list[at - 1].range.begin.file > r->fixits[k].fix.range.begin.file ||
                          (list[at - 1].range.begin.file == r->fixits[k].fix.range.begin.file &&
                           list[at - 1].range.begin.offset > r->fixits[k].fix.range.begin.offset))) {
            list[at] = list[at - 1];
            at--;
        }
        list[at] = r->fixits[k].fix;
        list[at].text = tl_arena_strdup(a, r->fixits[k].fix.text);
        n++;
    }
    return n;
}

/* A fix-it is all its edits or nothing: the first alternative whose edits
 * and conditions all hold; later ones marked `also` that hold are offered
 * beside it. */
static void copy_fixits(tl_ctx *c, const tl_report *r, tl_finding *fd, tl_arena *a) {
    int nalts = r->nfixits ? r->fixits[r->nfixits - 1].alt + 1 : 0;
    for (int alt = 0; alt < nalts; alt++) {
        if (fd->nfixits && !alt_is_also(r, alt))
            continue;
        if (!alt_holds(c, r, alt))
            continue;
        if (!fd->nfixits) {
            fd->nfixits = copy_alt(c, r, alt, fd->fixits, a);
            continue;
        }
        tl_fixit *edits = tl_arena_alloc(a, sizeof *edits * (size_t)r->nfixits);
        int n = copy_alt(c, r, alt, edits, a);
        if (!n)
            continue;
        if (!fd->alts)
            fd->alts = tl_arena_alloc(a, sizeof *fd->alts * (size_t)nalts);
        fd->alts[fd->nalts++] = (tl_fix_alt){edits, n};
    }
}

static void publish(tl_ctx *c, tl_findings *out) {
    for (int i = 0; i < c->nreports; i++) {
        const tl_report *r = c->reports[i];
        if (note_superseded(c, r))
            continue;
        tl_finding *fd = tl_findings_add(out);
        fd->rule = r->rule;
        fd->severity = r->severity;
        fd->loc = r->loc;
        fd->msg = tl_arena_strdup(&out->arena, r->msg);
        fd->func = tl_arena_strdup(&out->arena, c->f->name);
        fd->nnotes = r->nnotes;
        fd->notes = r->nnotes ? tl_arena_alloc(&out->arena, sizeof *fd->notes * (size_t)r->nnotes)
                              : NULL;
        for (int n = 0; n < r->nnotes; n++) {
            fd->notes[n] = r->notes[n];
            fd->notes[n].msg = tl_arena_strdup(&out->arena, r->notes[n].msg);
        }
        fd->fixits = r->nfixits
                         ? tl_arena_alloc(&out->arena, sizeof *fd->fixits * (size_t)r->nfixits)
                         : NULL;
        fd->nfixits = 0;
        copy_fixits(c, r, fd, &out->arena);
    }
}

bool tl_engine_run(tl_run *run, int func_index, tl_mode mode, int depth, tl_findings *out,
                   tl_summary **summary, tl_arena *summary_arena) {
    tl_ctx c = {0};
    c.run = run;
    c.f = tl_tu_func_at(run->tu, func_index);
    c.func_index = func_index;
    c.mode = mode;
    c.depth = depth;
    c.event_index = -1;
    c.deciding_key = -1;
    c.deciding_target = -1;
    tl_arena_init(&c.arena);
    const tl_func *f = c.f;
    c.event_base = tl_arena_alloc(&c.arena, sizeof *c.event_base * ((size_t)f->nblocks + 1));
    for (int b = 0, n = 0; b < f->nblocks; b++) {
        c.event_base[b] = n;
        n += f->blocks[b].nevents;
    }
    c.slots = tl_arena_alloc(&c.arena, sizeof *c.slots * ((size_t)f->nblocks + 1));
    c.nslots = tl_arena_alloc(&c.arena, sizeof *c.nslots * ((size_t)f->nblocks + 1));
    if (mode == TL_MODE_SUMMARY) {
        c.summary_arena = summary_arena;
        c.summary = tl_arena_alloc(summary_arena, sizeof *c.summary);
    }
    if (mode == TL_MODE_REPORT)
        run->stats->functions++;
    find_relevant_keys(&c);
    find_watched_places(&c);

    number_blocks(&c);
    enqueue(&c, f->entry, tl_state_new(&c.arena));
    while (c.nwork && !c.budget_hit) {
        work_item w = pop_work(&c);
        if (++c.steps > run->cfg->budget.steps) {
            c.budget_hit = true;
            break;
        }
        process(&c, w.block, w.st);
    }
    run->stats->steps += c.steps;
    bool ok = !c.budget_hit;
    if (!ok)
        run->stats->budget_hits++;
    if (ok && mode == TL_MODE_REPORT && out)
        publish(&c, out);
    if (ok && mode == TL_MODE_SUMMARY) {
        tl_summary_finish(summary_arena, c.summary);
        *summary = c.summary;
    }
    tl_arena_free(&c.arena);
    return ok;
}
