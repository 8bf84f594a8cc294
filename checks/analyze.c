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

/* What the whole-TU passes below need of one function, from its outline:
 * per block, its calls of this TU's functions (callee index * 2, plus 1
 * when the call is lowered as defined here), its successors and whether it
 * returns; and whether the function makes a call that can matter or that
 * ends a thread. */
typedef struct skeleton {
    tl_outline shape; /* its call_first indexes `calls`, not shape.calls */
    int *calls;
    bool matters, ends_thread;
} skeleton;

/* Who calls whom, backwards: callers[first[c] .. first[c + 1]) call c
 * (once per call), so a fact that flows from callees to callers is
 * propagated along each call once rather than by rescanning the TU until
 * nothing changes, which a chain written callers-first made quadratic. */
typedef struct callers {
    int *first; /* nfuncs + 1 offsets into of */
    int *of;
} callers;

static callers find_callers(tl_arena *a, const skeleton *sk, int nfuncs) {
    callers g = {tl_arena_alloc(a, sizeof *g.first * ((size_t)nfuncs + 2)), NULL};
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < nfuncs; i++)
            for (int k = 0; k < sk[i].shape.call_first[sk[i].shape.nblocks]; k++) {
                int c = sk[i].calls[k] / 2;
                if (pass == 0)
                    g.first[c + 1]++;
                else
                    g.of[g.first[c]++] = i;
            }
        if (pass == 0) { /* counts to offsets, shifted one up for the filling pass */
            for (int c = 0; c < nfuncs; c++)
                g.first[c + 1] += g.first[c];
            g.of = tl_arena_alloc(a, sizeof *g.of * ((size_t)g.first[nfuncs] + 1));
        }
    }
    /* filling advanced first[c] to the start of c + 1's range */
    for (int c = nfuncs; c > 0; c--)
        g.first[c] = g.first[c - 1];
    g.first[0] = 0;
    return g;
}

/* flag[i] for every function whose own calls set it, then for every
 * function that calls a flagged one (each enters the work list once: when
 * it turns flagged). */
static void flag_callers(tl_arena *a, const callers *g, int nfuncs, bool *flag) {
    int *work = tl_arena_alloc(a, sizeof *work * ((size_t)nfuncs + 1)), nwork = 0;
    for (int i = 0; i < nfuncs; i++)
        if (flag[i])
            work[nwork++] = i;
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
static bool matters(const tl_run *run, const tl_outline_call *c) {
    int gate = tl_api_index_find(&run->apis, c->callee).gate;
    bool zero = gate >= 0 && gate < 64 && (c->zero_args >> gate & 1);
    return tl_module_gate_admits(gate, c->first_arg_global, zero) ||
           (c->kind == TL_CALLEE_EXTERNAL &&
            tl_ext_summary_acts(tl_ext_summaries_find(run->cfg->external, c->callee)));
}

/* Does some path from the entry reach a return, given which callees are
 * already known to return? */
static bool can_return(const skeleton *k, const bool *returns, int *stack, bool *seen) {
    memset(seen, 0, (size_t)k->shape.nblocks);
    int top = 0;
    stack[top++] = k->shape.entry;
    seen[k->shape.entry] = true;
    while (top) {
        int b = stack[--top];
        bool cut = false;
        for (int j = k->shape.call_first[b]; j < k->shape.call_first[b + 1] && !cut; j++)
            cut = (k->calls[j] & 1) && !returns[k->calls[j] / 2];
        if (cut)
            continue;
        if (k->shape.returns[b])
            return true;
        for (int j = k->shape.succ_first[b]; j < k->shape.succ_first[b + 1]; j++) {
            int s = k->shape.succs[j];
            if (s >= 0 && !seen[s]) {
                seen[s] = true;
                stack[top++] = s;
            }
        }
    }
    return false;
}

static void find_never_returning(tl_arena *a, const skeleton *sk, int nfuncs, const callers *g,
                                 bool *never) {
    bool *returns = tl_arena_alloc(a, (size_t)nfuncs + 1);
    int maxb = 1;
    for (int i = 0; i < nfuncs; i++)
        if (sk[i].shape.nblocks > maxb)
            maxb = sk[i].shape.nblocks;
    int *stack = tl_arena_alloc(a, sizeof *stack * (size_t)maxb * 2);
    bool *seen = tl_arena_alloc(a, (size_t)maxb);
    /* Everyone once; then, when a function turns out to return, its callers
     * again: only they can change their answer. */
    int *work = tl_arena_alloc(a, sizeof *work * ((size_t)nfuncs + 1)), nwork = 0;
    bool *queued = tl_arena_alloc(a, (size_t)nfuncs + 1);
    for (int i = nfuncs - 1; i >= 0; i--) {
        work[nwork++] = i;
        queued[i] = true;
    }
    while (nwork) {
        int i = work[--nwork];
        queued[i] = false;
        if (returns[i] || !can_return(&sk[i], returns, stack, seen))
            continue;
        returns[i] = true;
        for (int k = g->first[i]; k < g->first[i + 1]; k++)
            if (!returns[g->of[k]] && !queued[g->of[k]]) {
                queued[g->of[k]] = true;
                work[nwork++] = g->of[k];
            }
    }
    for (int i = 0; i < nfuncs; i++)
        never[i] = !returns[i];
}

/* pthread_exit, thrd_exit, or another file's function that may call one:
 * a start routine that never returns but makes such a call ends. */
static bool ends_thread(const tl_run *run, const tl_outline_call *c) {
    if (strcmp(c->callee, "pthread_exit") == 0 || strcmp(c->callee, "thrd_exit") == 0)
        return true;
    const tl_ext_summary *x = c->kind == TL_CALLEE_EXTERNAL
                                  ? tl_ext_summaries_find(run->cfg->external, c->callee)
                                  : NULL;
    return x && x->exits_thread;
}

/* Function i's skeleton, in `a`, from its outline (no unpacking). */
static skeleton read_skeleton(tl_arena *a, const tl_run *run, int i) {
    tl_outline o;
    tl_tu_func_outline(run->tu, i, a, &o);
    skeleton k = {
        .shape = o,
        .calls = tl_arena_alloc(a, sizeof *k.calls * ((size_t)o.call_first[o.nblocks] + 1)),
    };
    int n = 0;
    for (int b = 0; b < o.nblocks; b++) {
        int first = n;
        for (int j = o.call_first[b]; j < o.call_first[b + 1]; j++) {
            const tl_outline_call *c = &o.calls[j];
            k.matters = k.matters || matters(run, c);
            k.ends_thread = k.ends_thread || ends_thread(run, c);
            int callee = tl_run_func(run, c->callee);
            if (callee >= 0)
                k.calls[n++] = callee * 2 + (c->kind == TL_CALLEE_DEFINED);
        }
        k.shape.call_first[b] = first; /* now an offset into the calls kept */
    }
    k.shape.call_first[o.nblocks] = n;
    return k;
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
    tl_api_index_build(&run->apis);
    /* each function's IR is read once, here, for all four passes */
    tl_arena scratch;
    tl_arena_init(&scratch);
    skeleton *sk = tl_arena_alloc(&scratch, sizeof *sk * ((size_t)tu->nfuncs + 1));
    for (int i = 0; i < tu->nfuncs; i++) {
        sk[i] = read_skeleton(&scratch, run, i);
        interesting[i] = sk[i].matters;
        exits[i] = sk[i].ends_thread;
    }
    callers g = find_callers(&scratch, sk, tu->nfuncs);
    flag_callers(&scratch, &g, tu->nfuncs, interesting); /* only these can matter */
    find_never_returning(&scratch, sk, tu->nfuncs, &g, never);
    flag_callers(&scratch, &g, tu->nfuncs, exits);
    tl_arena_free(&scratch);
}

void tl_analyze_tu(const tl_tu *tu, const tl_config *cfg, tl_findings *out, tl_stats *stats) {
    tl_arena arena;
    tl_arena_init(&arena);
    tl_run run;
    run_init(&run, &arena, tu, cfg, stats);
    for (int i = 0; i < tu->nfuncs; i++)
        if (tu->report[i] && run.interesting[i]) {
            tl_engine_run(&run, i, TL_MODE_REPORT, 0, out, NULL, NULL);
            tl_tu_release_views(tu); /* what the run unpacked; its findings keep no view */
        }
    tl_api_index_free(&run.apis);
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
        tl_tu_release_views(tu); /* what the last one unpacked: summaries keep no view */
        const char *name = tl_tu_func_name(tu, i);
        if (!tu->report[i] || !tl_tu_func_is_external(tu, i))
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
        tl_ext_summaries_add(out, name, sum,
                             (run.never_returns[i] ? TL_EXT_NEVER_RETURNS : 0) |
                                 (run.exits_thread[i] ? TL_EXT_EXITS_THREAD : 0));
        const char *uses[TL_EXT_MAX_USES];
        int nuses = tl_routine_list_uses(tu, cfg->external, name, arg_kinds,
                                         &arena, uses, TL_EXT_MAX_USES);
        tl_ext_summaries_add_uses(out, name, uses, nuses);
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
        tl_tu_release_views(tu);
    }
    tl_api_index_free(&run.apis);
    tl_arena_free(&arena);
}
