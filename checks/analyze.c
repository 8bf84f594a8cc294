#include "analyze.h"

#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "module.h"
#include "summary.h"

int tl_run_func(const tl_run *run, const char *name) {
    return tl_tu_func_index(run->tu, name);
}

/* Functions that call a modelled API, directly or through defined callees:
 * only these can matter to a rule.  A call gated off by a null argument
 * (pthread_mutex_init(&m, NULL), module.h's needs_arg) does not count. */
static void find_interesting(const tl_run *run, bool *interesting) {
    const tl_tu *tu = run->tu;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < tu->nfuncs; i++) {
            if (interesting[i])
                continue;
            const tl_func *f = tu->funcs[i];
            for (int b = 0; b < f->nblocks && !interesting[i]; b++)
                for (int e = 0; e < f->blocks[b].nevents; e++) {
                    const tl_event *ev = &f->blocks[b].events[e];
                    if (ev->kind != TL_EV_CALL || !ev->callee)
                        continue;
                    int callee = tl_run_func(run, ev->callee);
                    if (tl_module_call_matters(f, ev) || (callee >= 0 && interesting[callee])) {
                        interesting[i] = changed = true;
                        break;
                    }
                }
        }
    }
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

static void find_never_returning(tl_arena *a, const tl_run *run, bool *never) {
    const tl_tu *tu = run->tu;
    bool *returns = tl_arena_alloc(a, (size_t)tu->nfuncs + 1);
    int maxb = 1;
    for (int i = 0; i < tu->nfuncs; i++)
        if (tu->funcs[i]->nblocks > maxb)
            maxb = tu->funcs[i]->nblocks;
    int *stack = tl_arena_alloc(a, sizeof *stack * (size_t)maxb * 2);
    bool *seen = tl_arena_alloc(a, (size_t)maxb);
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < tu->nfuncs; i++)
            if (!returns[i] && can_return(run, tu->funcs[i], returns, stack, seen))
                returns[i] = changed = true;
    }
    for (int i = 0; i < tu->nfuncs; i++)
        never[i] = !returns[i];
}

void tl_analyze_tu(const tl_tu *tu, const tl_config *cfg, tl_findings *out, tl_stats *stats) {
    tl_arena arena;
    tl_arena_init(&arena);
    bool *interesting = tl_arena_alloc(&arena, (size_t)tu->nfuncs + 1);
    bool *never = tl_arena_alloc(&arena, (size_t)tu->nfuncs + 1);
    tl_run run = {
        .tu = tu,
        .cfg = cfg,
        .stats = stats,
        .summaries = tl_summaries_new(&arena, tu->nfuncs),
        .interesting = interesting,
        .never_returns = never,
    };
    find_interesting(&run, interesting);
    find_never_returning(&arena, &run, never);
    for (int i = 0; i < tu->nfuncs; i++)
        if (tu->report[i] && interesting[i])
            tl_engine_run(&run, i, TL_MODE_REPORT, 0, out, NULL, NULL);
    tl_arena_free(&arena);
}
