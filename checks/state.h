/* One abstract program state of the path-sensitive core: the typestate of
 * every tracked resource plus the few scalar facts that decide which
 * branches are feasible.  States are small values copied along paths. */
#ifndef THREADLINT_STATE_H
#define THREADLINT_STATE_H

#include <stdbool.h>

#include "arena.h"
#include "ir.h"

#define TL_INF_LO (-(1LL << 62))
#define TL_INF_HI (1LL << 62)

/* The core owns module id 0 for its own markers on places. */
enum { TL_MODULE_CORE = 0 };
enum {
    TL_CORE_TOUCHED = 1, /* the place was assigned or its address left us */
    TL_CORE_HEAP = 2,    /* the place holds memory this function allocated */
    TL_CORE_ESCAPED = 4, /* the place was handed out: stored, returned, passed on */
};

typedef struct tl_trace tl_trace;

/* How many places may carry one acquisition's status at once: the call's
 * result, `rc`, and the temporaries a `?:` or a macro passes it through. */
enum { TL_STATUS_KEYS = 4 };

/* A tracked resource: one module's typestate for one place. */
typedef struct tl_res {
    int place;
    int module;
    int st;              /* module-defined typestate */
    unsigned flags;      /* module-defined */
    int aux_event;       /* module-defined: 1 + the flat index of an event the
                            module remembers (where a key's value was set), 0 */
    int origin;          /* flat event index of the acquisition, -1 if none */
    int status[TL_STATUS_KEYS]; /* fact keys bound to the acquisition's status */
    long long succ[TL_STATUS_KEYS]; /* the value of each key that means success */
    int bound_at;        /* 1 + the flat index of the call whose result the
                            status keys carry (the latest acquisition), 0 */
    int undo_st;         /* the bound status is a release's: the typestate it
                            returns to when that status says the release
                            failed (0: the status is an acquisition's) */
    int entered;         /* module-defined: 1 + the id of a block the path
                            entered (where a fix-it may go), 0 */
    int jumped;          /* module-defined: 1 + the flat index of the latest
                            written jump on the path, 0 */
    bool release_failed; /* a release of it failed on this path: its owner
                            tried, so it is not reported as forgotten */
    const char *label;   /* module-defined text (e.g. the start routine) */
    const char *handle_text; /* the handle as written at the acquisition */
    const tl_trace *trace_at_origin; /* path notes start after this node */
} tl_res;

/* A scalar fact: key's value lies in [lo, hi] and, if has_ne, differs from ne.
 * Keys: place ids as 2*place, call-result temps as 2*temp+1. */
typedef struct tl_fact {
    int key;
    long long lo, hi;
    bool has_ne;
    long long ne;
} tl_fact;

typedef struct tl_state {
    tl_res *res;
    int nres, res_cap;
    tl_fact *facts;
    int nfacts, fact_cap;
    const tl_trace *trace;
} tl_state;

static inline int tl_key_place(int place) { return 2 * place; }

static inline void tl_res_unbind(tl_res *r) {
    for (int k = 0; k < TL_STATUS_KEYS; k++)
        r->status[k] = -1;
    r->undo_st = 0;
}

static inline bool tl_res_bound_to(const tl_res *r, int key) {
    for (int k = 0; k < TL_STATUS_KEYS; k++)
        if (r->status[k] == key)
            return true;
    return false;
}

/* The slot of r's status keys holding `key`, or -1. */
static inline int tl_res_slot(const tl_res *r, int key) {
    for (int k = 0; k < TL_STATUS_KEYS; k++)
        if (key >= 0 && r->status[k] == key)
            return k;
    return -1;
}

/* `dst = src` or `dst = (src == c)`, where src carries r's status: dst
 * carries it too, meaning success when it equals succ. */
static inline void tl_res_bind_derived(tl_res *r, int src, int dst, long long succ) {
    if (!tl_res_bound_to(r, src) || tl_res_bound_to(r, dst))
        return;
    int free_slot = -1;
    for (int k = 0; k < TL_STATUS_KEYS && free_slot < 0; k++)
        if (r->status[k] < 0)
            free_slot = k;
    if (free_slot < 0) /* full: the oldest copy that is not src gives way */
        for (int k = 0; k < TL_STATUS_KEYS && free_slot < 0; k++)
            if (r->status[k] != src)
                free_slot = k;
    r->status[free_slot] = dst;
    r->succ[free_slot] = succ;
}

/* `dst = src` where src carries r's status: dst carries it too. */
static inline void tl_res_bind_also(tl_res *r, int src, int dst) {
    int k = tl_res_slot(r, src);
    if (k >= 0)
        tl_res_bind_derived(r, src, dst, r->succ[k]);
}
static inline int tl_key_temp(int temp) { return 2 * temp + 1; }

tl_state *tl_state_new(tl_arena *a);
tl_state *tl_state_clone(tl_arena *a, const tl_state *s);

/* Resources, sorted by (place, module). */
int tl_state_find(const tl_state *s, int module, int place);
int tl_state_add(tl_arena *a, tl_state *s, int module, int place);
void tl_state_remove(tl_state *s, int index);

/* Facts. */
const tl_fact *tl_state_fact(const tl_state *s, int key);
void tl_state_set_fact(tl_arena *a, tl_state *s, tl_fact f);
void tl_state_forget(tl_state *s, int key);

/* True when the rules' resources agree; facts and core markers aside. */
bool tl_state_same_resources(const tl_state *a, const tl_state *b);
/* Joins b into a state with the same resources: facts by interval hull,
 * core markers as in join_markers. Returns true if a grew.  With `widen`,
 * any bound that grew jumps to infinity so loops converge. */
bool tl_state_join(tl_arena *arena, tl_state *a, const tl_state *b, bool widen);

#endif
