#include "ir_gen.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

/* ---- choices ---------------------------------------------------------------- */

static unsigned byte(tl_gen_choices *in) {
    return in->at < in->size ? in->data[in->at++] : 0;
}

/* A choice in [0, n). */
static unsigned pick(tl_gen_choices *in, unsigned n) { return n ? byte(in) % n : 0; }

static long long small_int(tl_gen_choices *in) {
    static const long long interesting[] = {0, 1, -1, 2, 3, 11, 22, 35, -22, 1LL << 40,
                                            -9223372036854775807LL - 1, 9223372036854775807LL};
    unsigned b = byte(in);
    if (b < 128)
        return (long long)b - 8;
    return interesting[b % (sizeof interesting / sizeof *interesting)];
}

/* ---- the vocabulary ------------------------------------------------------------ */

/* Callees: the modelled APIs (their spellings and arity come from the core's
 * own tables), functions the core knows never return, wrapper names, and a
 * few the TU defines or only declares. */
static const char *const apis[] = {
    "pthread_create", "pthread_join", "pthread_detach", "pthread_cancel", "pthread_exit",
    "pthread_tryjoin_np", "pthread_timedjoin_np", "pthread_attr_init", "pthread_attr_destroy",
    "pthread_attr_setdetachstate", "pthread_attr_setstacksize", "pthread_getattr_np",
    "pthread_mutexattr_init", "pthread_mutexattr_destroy", "pthread_mutex_init",
    "pthread_condattr_init", "pthread_condattr_destroy", "pthread_key_create",
    "pthread_key_delete", "pthread_setspecific", "pthread_getspecific",
    "_pthread_cleanup_push", "_pthread_cleanup_pop", "__pthread_register_cancel",
    "__pthread_unregister_cancel", "pthread_cleanup_push", "pthread_cleanup_pop",
    "thrd_create", "thrd_join", "thrd_detach", "tss_create", "tss_delete", "tss_set",
    "longjmp", "siglongjmp", "exit", "abort", "atexit", "free", "malloc", "memset",
    "helper", "f0", "f1", "f2", "f3", "wrap_create", "wrap_join", "wrap_key",
};
enum { NAPIS = sizeof apis / sizeof *apis };
static const char *const fields[] = {"tid", "attr", "key", "next"};
static const char *const func_names[] = {"f0", "f1", "f2", "f3"};

typedef struct gen {
    tl_gen_choices *in;
    tl_tu *tu;
    tl_func *f;
    unsigned line;
    unsigned nfuncs; /* f0 ... f<nfuncs-1> are defined, the rest only declared */
} gen;

static bool defined(const gen *g, const char *name) {
    for (unsigned i = 0; i < g->nfuncs; i++)
        if (strcmp(name, func_names[i]) == 0)
            return true;
    return false;
}

static tl_loc next_loc(gen *g) {
    g->line += 1 + pick(g->in, 3);
    unsigned col = 1 + pick(g->in, 40);
    return (tl_loc){0, g->line, col, g->line * 80 + col};
}

static tl_range range_at(tl_loc l, unsigned width) {
    tl_loc end = l;
    end.col += width;
    end.offset += width;
    return (tl_range){l, end};
}

static int some_place(gen *g) { return (int)pick(g->in, (unsigned)g->f->nplaces); }

static tl_operand operand(gen *g) {
    switch (pick(g->in, 8)) {
    case 0:
        return tl_opd_const(small_int(g->in), "k");
    case 1:
        return tl_opd_place(some_place(g), "p");
    case 2:
    case 3:
        return tl_opd_addr(some_place(g), "&p");
    case 4:
        if (g->f->ntemps > 0)
            return tl_opd_temp((int)pick(g->in, (unsigned)g->f->ntemps), "helper", "r");
        return tl_opd_none();
    case 5: {
        const char *name = func_names[pick(g->in, 4)];
        return defined(g, name) ? tl_opd_defined_func(name) : tl_opd_func(name);
    }
    case 6:
        return tl_opd_opaque("x");
    default:
        return tl_opd_none();
    }
}

static void gen_call(gen *g, tl_event *e) {
    unsigned which = pick(g->in, NAPIS + 1);
    e->callee = which < NAPIS ? apis[which] : NULL;
    e->callee_kind = !e->callee                      ? TL_CALLEE_INDIRECT
                     : defined(g, e->callee) ? TL_CALLEE_DEFINED
                                             : TL_CALLEE_EXTERNAL;
    int arity = e->callee ? tl_api_arity(e->callee) : -1;
    e->nargs = arity >= 0 && pick(g->in, 4) ? arity : (int)pick(g->in, 6);
    e->args = e->nargs ? tl_arena_alloc(&g->tu->arena, sizeof *e->args * (size_t)e->nargs) : NULL;
    for (int i = 0; i < e->nargs; i++)
        e->args[i] = operand(g);
    e->result_temp = pick(g->in, 4) ? g->f->ntemps++ : -1;
    e->call_flags = pick(g->in, 8) == 0 ? TL_CALL_CANNOT_FAIL : 0;
}

static void gen_event(gen *g, int block) {
    tl_event_kind kind = (tl_event_kind)pick(g->in, 5);
    if (kind == TL_EV_JUMP)
        return; /* a JUMP only comes right before its jump terminator */
    tl_event *e = tl_block_add_event(g->f, block, kind);
    e->loc = next_loc(g);
    e->range = range_at(e->loc, 1 + pick(g->in, 30));
    e->stmt_range = range_at(e->loc, e->range.end.col - e->loc.col + 1);
    e->stmt_flags = pick(g->in, 16);
    e->text = "expr";
    switch (kind) {
    case TL_EV_CALL:
        gen_call(g, e);
        break;
    case TL_EV_ASSIGN:
        e->dst_place = some_place(g);
        e->src = operand(g);
        e->delta = pick(g->in, 4) ? 0 : small_int(g->in);
        e->is_test = pick(g->in, 4) == 0;
        e->test_op = (tl_cmp)pick(g->in, 6);
        e->test_rhs = operand(g);
        break;
    case TL_EV_INCR:
        e->dst_place = some_place(g);
        e->delta = small_int(g->in);
        break;
    case TL_EV_ESCAPE:
        e->dst_place = some_place(g);
        break;
    default:
        break;
    }
}

static void gen_terminator(gen *g, int block, int nblocks) {
    tl_func *f = g->f;
    tl_loc loc = next_loc(g);
    switch (pick(g->in, 6)) {
    case 0: { /* a written jump: break, continue or goto */
        tl_event *e = tl_block_add_event(f, block, TL_EV_JUMP);
        e->loc = loc;
        e->range = e->stmt_range = range_at(loc, 6);
        e->jump = (tl_jump_kind)pick(g->in, 3);
        e->jump_flags = pick(g->in, 4) == 0 ? TL_JUMP_INTO_MACRO_LOOP : 0;
        unsigned target = 1 + pick(g->in, g->line + 2);
        e->jump_target = (tl_loc){0, target, 1, target * 80 + 1};
        tl_block_jump(f, block, (int)pick(g->in, (unsigned)nblocks));
        break;
    }
    case 1:
        tl_block_jump(f, block, (int)pick(g->in, (unsigned)nblocks));
        break;
    case 2: {
        tl_cond c = {.lhs = operand(g), .rhs = operand(g), .op = (tl_cmp)pick(g->in, 6),
                     .text = "c", .loc = loc};
        tl_block_branch(f, block, &c, (int)pick(g->in, (unsigned)nblocks),
                        (int)pick(g->in, (unsigned)nblocks));
        break;
    }
    case 3: {
        tl_operand s = operand(g);
        tl_block_switch(f, block, &s, "s");
        for (unsigned n = pick(g->in, 4); n > 0; n--) {
            long long lo = small_int(g->in), hi = lo;
            if (pick(g->in, 4) == 0 && lo < LLONG_MAX - 4) /* a GNU case range lo...hi */
                hi = lo + pick(g->in, 5);
            tl_block_add_case(f, block, lo, hi, (int)pick(g->in, (unsigned)nblocks));
        }
        break;
    }
    case 4:
        tl_block_noreturn(f, block, loc);
        break;
    default: {
        tl_operand rv = f->returns_void ? tl_opd_none() : operand(g);
        tl_block_return(f, block, &rv, loc, range_at(loc, 8),
                        pick(g->in, 2) ? TL_STMT_IN_COMPOUND : TL_RET_IMPLICIT);
        break;
    }
    }
}

static void gen_vars(gen *g) {
    tl_func *f = g->f;
    unsigned nparams = pick(g->in, 3), nlocals = 1 + pick(g->in, 4);
    f->nparams = (int)nparams;
    for (unsigned i = 0; i < nparams + nlocals + 1; i++) {
        char name[16];
        tl_var_kind kind = i < nparams ? TL_VAR_PARAM : i < nparams + nlocals ? TL_VAR_LOCAL
                                                                             : TL_VAR_GLOBAL;
        snprintf(name, sizeof name, "v%u", i);
        int v = tl_func_add_var(f, name, kind, kind == TL_VAR_PARAM ? (int)i : -1);
        f->vars[v].is_array = pick(g->in, 4) == 0;
        f->vars[v].is_pointer = !f->vars[v].is_array && pick(g->in, 3) == 0;
        f->vars[v].scope = f->body;
        tl_place_base(f, v);
    }
    /* derived places: *p, p[i], p.f, over places made so far */
    for (unsigned n = pick(g->in, 6); n > 0; n--) {
        tl_sel sel = (tl_sel)(1 + pick(g->in, 3));
        tl_place_derive(f, some_place(g), sel, sel == TL_SEL_FIELD ? fields[pick(g->in, 4)] : NULL);
    }
}

static void gen_func(gen *g, int index) {
    bool report = pick(g->in, 5) != 0;
    tl_func *f = g->f = tl_func_new(g->tu, func_names[index], report);
    g->line += 2;
    f->loc = (tl_loc){0, g->line, 5, g->line * 80 + 5};
    unsigned nblocks = 1 + pick(g->in, 12);
    f->body = (tl_range){{0, g->line, 20, g->line * 80 + 20},
                         {0, g->line + 4 * nblocks * 8 + 2, 1, (g->line + 4 * nblocks * 8 + 2) * 80 + 1}};
    f->returns_void = pick(g->in, 2);
    f->attrs = pick(g->in, 8) == 0 ? (1u + pick(g->in, 2)) : 0;
    gen_vars(g);
    for (unsigned i = 1; i < nblocks; i++)
        tl_block_new(f);
    for (unsigned i = 0; i < nblocks; i++) {
        for (unsigned n = pick(g->in, 5); n > 0; n--)
            gen_event(g, (int)i);
        gen_terminator(g, (int)i, (int)nblocks);
    }
    for (unsigned n = pick(g->in, 3); n > 0; n--) {
        tl_loc a = next_loc(g), b = next_loc(g);
        tl_func_add_scope(f, (tl_range){a, b});
    }
}

static void gen_config(gen *g, tl_config *cfg, tl_wrapper *wrappers) {
    tl_config_default(cfg);
    if (pick(g->in, 4) == 0)
        for (int r = 0; r < TL_RULE_COUNT; r++)
            cfg->enabled[r] = pick(g->in, 2);
    if (pick(g->in, 4) == 0) { /* tight budgets, so that giving up is exercised */
        cfg->budget.states_per_block = 1 + (int)pick(g->in, 8);
        cfg->budget.steps = 1 + (long)pick(g->in, 200);
        cfg->budget.summary_depth = (int)pick(g->in, 4);
    }
    static const char *const models[] = {"pthread_create", "pthread_join", "pthread_key_create"};
    static const char *const names[] = {"wrap_create", "wrap_join", "wrap_key"};
    int n = (int)pick(g->in, TL_GEN_MAX_WRAPPERS + 1);
    for (int i = 0; i < n; i++) {
        tl_wrapper *w = &wrappers[i];
        memset(w, 0, sizeof *w);
        w->name = names[i];
        w->model = models[i];
        w->nargs = tl_api_arity(models[i]);
        for (int a = 0; a < w->nargs; a++)
            w->args[a] = (int)pick(g->in, 6) - 1;
        w->can_fail = pick(g->in, 2);
    }
    cfg->wrappers = wrappers;
    cfg->nwrappers = n;
}

void tl_gen_tu(tl_gen_choices *in, tl_tu *tu, tl_config *cfg, tl_wrapper *wrappers) {
    gen g = {in, tu, NULL, 1, 0};
    tl_tu_init(tu);
    tl_tu_file(tu, "fuzz.c");
    gen_config(&g, cfg, wrappers);
    if (pick(in, 4) == 0)
        tl_tu_add_noreturn(tu, func_names[pick(in, 4)]);
    g.nfuncs = 1 + pick(in, 4);
    for (unsigned i = 0; i < g.nfuncs; i++)
        gen_func(&g, (int)i);
}
