#include "analyze.h"

#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "module.h"
#include "routine_uses.h"
#include "summary.h"
#include "summary_ext.h"

int tl_run_func(const tl_run *run, const char *name) {
    return tl_tu_func_index(run->tu, name);
}

/* Who calls whom, backwards: callers[first[c] .. first[c + 1]) call c
 * (once per call), so a fact that flows from callees to callers is
 * propagated along each call once rather than by rescanning the TU until
 * nothing changes, which a chain written callers-first made quadratic. */
typedef struct callers {
    int *first; /* nfuncs + 1 offsets into of */
    int *of;
} callers;

static callers find_callers(tl_arena *a, const tl_run *run) {
    const tl_tu *tu = run->tu;
    callers g = {tl_arena_alloc(a, sizeof *g.first * ((size_t)tu->nfuncs + 2)), NULL};
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < tu->nfuncs; i++) {
            const tl_func *f = tu->funcs[i];
            for (int b = 0; b < f->nblocks; b++)
                for (int e = 0; e < f->blocks[b].nevents; e++) {
                    const tl_event *ev = &f->blocks[b].events[e];
                    int c = ev->kind == TL_EV_CALL ? tl_run_func(run, ev->callee) : -1;
                    if (c < 0)
                        continue;
                    if (pass == 0)
                        g.first[c + 1]++;
                    else
                        g.of[g.first[c]++] = i;
                }
        }
        if (pass == 0) { /* counts to offsets, shifted one up for the filling pass */
            for (int c = 0; c < tu->nfuncs; c++)
                g.first[c + 1] += g.first[c];
            g.of = tl_arena_alloc(a, sizeof *g.of * ((size_t)g.first[tu->nfuncs] + 1));
        }
    }
    /* filling advanced first[c] to the start of c + 1's range */
    for (int c = tu->nfuncs; c > 0; c--)
        g.first[c] = g.first[c - 1];
    g.first[0] = 0;
    return g;
}

/* flag[i] for every function with a call that `hit` accepts, then for
 * every function that calls a flagged one (each enters the work list
 * once: when it turns flagged). */
typedef bool (*call_pred)(const tl_run *run, const tl_func *f, const tl_event *ev);

static void flag_callers_of_calls(tl_arena *a, const tl_run *run, const callers *g, call_pred hit,
                                  bool *flag) {
    const tl_tu *tu = run->tu;
    int *work = tl_arena_alloc(a, sizeof *work * ((size_t)tu->nfuncs + 1)), nwork = 0;
    for (int i = 0; i < tu->nfuncs; i++) {
        const tl_func *f = tu->funcs[i];
        for (int b = 0; b < f->nblocks && !flag[i]; b++)
            for (int e = 0; e < f->blocks[b].nevents && !flag[i]; e++)
                flag[i] = hit(run, f, &f->blocks[b].events[e]);
        if (flag[i])
            work[nwork++] = i;
    }
    while (nwork) {
        int c = work[--nwork];
        for (int k = g->first[c]; k < g->first[c + 1]; k++)
            if (!flag[g->of[k]]) {
                flag[g->of[k]] = true;
                work[nwork++] = g->of[k];
            }
    }
}

/* A call of a modelled API, or of another file's function whose summary
 * acts on a resource.  A call gated off by a null argument
 * (pthread_mutex_init(&m, NULL), module.h's needs_arg) does not count. */
static bool matters(const tl_run *run, const tl_func *f, const tl_event *ev) {
    return ev->kind == TL_EV_CALL && ev->callee &&
           (tl_module_call_matters(f, ev) ||
            (ev->callee_kind == TL_CALLEE_EXTERNAL &&
             tl_ext_summary_acts(tl_ext_summaries_find(run->cfg->external, ev->callee))));
}

/* Does some path from the entry reach a return, given which callees are
 * already known to return? */
static bool can_return(const tl_run *run, const tl_func *f, const bool *returns, int *stack,
                       bool *seen) {
    memset(seen, 0, (size_t)f->nblocks);
    int top = 0;
    stack[top++] = f->entry;
    seen[f->entry] = true;
    while (top) {
        const tl_block *b = &f->blocks[stack[--top]];
        bool cut = false;
        for (int e = 0; e < b->nevents && !cut; e++) {
            const tl_event *ev = &b->events[e];
            int callee = ev->kind == TL_EV_CALL && ev->callee_kind == TL_CALLEE_DEFINED
                             ? tl_run_func(run, ev->callee)
                             : -1;
            cut = callee >= 0 && !returns[callee];
        }
        if (cut)
            continue;
        if (b->term == TL_TERM_RETURN)
            return true;
        for (int k = 0, s; (s = tl_block_succ(b, k)) != -2; k++)
            if (s >= 0 && !seen[s]) {
                seen[s] = true;
                stack[top++] = s;
            }
    }
    return false;
}

static void find_never_returning(tl_arena *a, const tl_run *run, const callers *g, bool *never) {
    const tl_tu *tu = run->tu;
    bool *returns = tl_arena_alloc(a, (size_t)tu->nfuncs + 1);
    int maxb = 1;
    for (int i = 0; i < tu->nfuncs; i++)
        if (tu->funcs[i]->nblocks > maxb)
            maxb = tu->funcs[i]->nblocks;
    int *stack = tl_arena_alloc(a, sizeof *stack * (size_t)maxb * 2);
    bool *seen = tl_arena_alloc(a, (size_t)maxb);
    /* Everyone once; then, when a function turns out to return, its callers
     * again: only they can change their answer. */
    int *work = tl_arena_alloc(a, sizeof *work * ((size_t)tu->nfuncs + 1)), nwork = 0;
    bool *queued = tl_arena_alloc(a, (size_t)tu->nfuncs + 1);
    for (int i = tu->nfuncs - 1; i >= 0; i--) {
        work[nwork++] = i;
        queued[i] = true;
    }
    while (nwork) {
        int i = work[--nwork];
        queued[i] = false;
        if (returns[i] || !can_return(run, tu->funcs[i], returns, stack, seen))
            continue;
        returns[i] = true;
        for (int k = g->first[i]; k < g->first[i + 1]; k++)
            if (!returns[g->of[k]] && !queued[g->of[k]]) {
                queued[g->of[k]] = true;
                work[nwork++] = g->of[k];
            }
    }
    for (int i = 0; i < tu->nfuncs; i++)
        never[i] = !returns[i];
}

/* pthread_exit, thrd_exit, or another file's function that may call one:
 * a start routine that never returns but makes such a call ends. */
static bool ends_thread(const tl_run *run, const tl_func *f, const tl_event *ev) {
    (void)f;
    if (ev->kind != TL_EV_CALL || !ev->callee)
        return false;
    if (strcmp(ev->callee, "pthread_exit") == 0 || strcmp(ev->callee, "thrd_exit") == 0)
        return true;
    const tl_ext_summary *x = ev->callee_kind == TL_CALLEE_EXTERNAL
                                  ? tl_ext_summaries_find(run->cfg->external, ev->callee)
                                  : NULL;
    return x && x->exits_thread;
}

/* What every run over a TU works out first: the call graph, the functions
 * that can matter, those that never return. */
static void run_init(tl_run *run, tl_arena *a, const tl_tu *tu, const tl_config *cfg,
                     tl_stats *stats) {
    bool *interesting = tl_arena_alloc(a, (size_t)tu->nfuncs + 1);
    bool *never = tl_arena_alloc(a, (size_t)tu->nfuncs + 1);
    bool *exits = tl_arena_alloc(a, (size_t)tu->nfuncs + 1);
    *run = (tl_run){
        .tu = tu,
        .cfg = cfg,
        .stats = stats,
        .summaries = tl_summaries_new(a, tu->nfuncs),
        .interesting = interesting,
        .never_returns = never,
        .exits_thread = exits,
    };
    callers g = find_callers(a, run);
    flag_callers_of_calls(a, run, &g, matters, interesting); /* only these can matter */
    find_never_returning(a, run, &g, never);
    flag_callers_of_calls(a, run, &g, ends_thread, exits);
}

void tl_analyze_tu(const tl_tu *tu, const tl_config *cfg, tl_findings *out, tl_stats *stats) {
    tl_arena arena;
    tl_arena_init(&arena);
    tl_run run;
    run_init(&run, &arena, tu, cfg, stats);
    for (int i = 0; i < tu->nfuncs; i++)
        if (tu->report[i] && run.interesting[i])
            tl_engine_run(&run, i, TL_MODE_REPORT, 0, out, NULL, NULL);
    tl_arena_free(&arena);
}

void tl_summarize_tu(const tl_tu *tu, const tl_config *cfg, tl_ext_summaries *out,
                     tl_stats *stats) {
    /* what other files' callers can match: uses and destroys through the
     * first parameter (their globals may be statics here) */
    static const char *const arg_kinds[] = {"a:", "da:", NULL};
    tl_arena arena;
    tl_arena_init(&arena);
    tl_run run;
    run_init(&run, &arena, tu, cfg, stats);
    for (int i = 0; i < tu->nfuncs; i++) {
        if (!tu->report[i] || !tu->funcs[i]->external_linkage)
            continue;
        tl_summary *sum = NULL;
        bool busy;
        if (!tl_summaries_lookup(run.summaries, i, &sum, &busy)) {
            tl_summaries_begin(run.summaries, i);
            if (!tl_engine_run(&run, i, TL_MODE_SUMMARY, 0, NULL, &sum,
                               tl_summaries_arena(run.summaries)))
                sum = NULL; /* over budget: unknown to its callers */
            tl_summaries_store(run.summaries, i, sum);
            if (sum)
                stats->summaries++;
        }
        tl_ext_summaries_add(out, tu->funcs[i]->name, sum,
                             (run.never_returns[i] ? TL_EXT_NEVER_RETURNS : 0) |
                                 (run.exits_thread[i] ? TL_EXT_EXITS_THREAD : 0));
        const char *uses[TL_EXT_MAX_USES];
        int nuses = tl_routine_list_uses(tu, cfg->external, tu->funcs[i]->name, arg_kinds,
                                         &arena, uses, TL_EXT_MAX_USES);
        tl_ext_summaries_add_uses(out, tu->funcs[i]->name, uses, nuses);
    }
    /* Start routines that were not lowered (they only lock or wait): what
     * they use through their argument, their effects unknown as before. */
    for (size_t k = 0; k < tu->external_routines.cap; k++) {
        const char *name = tu->external_routines.slots[k].key;
        const char *uses[TL_EXT_MAX_USES];
        int nuses = name && tl_tu_func_index(tu, name) < 0
                        ? tl_routine_list_uses(tu, cfg->external, name, arg_kinds, &arena, uses,
                                               TL_EXT_MAX_USES)
                        : 0;
        if (nuses > 0) {
            tl_ext_summaries_add(out, name, NULL, 0);
            tl_ext_summaries_add_uses(out, name, uses, nuses);
        }
    }
    tl_arena_free(&arena);
}
