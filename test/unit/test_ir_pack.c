/* Unit tests of the packed IR (checks/ir_pack.h): functions built by hand,
 * sealed, packed and unpacked must come back equal field by field. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "ir.h"
#include "ir_outline.h"
#include "ir_pack.h"

#include "expect.h"

/* ---- comparison ------------------------------------------------------------ */

static bool same_loc(tl_loc a, tl_loc b) {
    return a.file == b.file && a.line == b.line && a.col == b.col && a.offset == b.offset;
}

static bool same_range(tl_range a, tl_range b) {
    return same_loc(a.begin, b.begin) && same_loc(a.end, b.end);
}

/* Strings are kept as pointers, so equal strings are the same pointer. */
static bool same_operand(const tl_operand *a, const tl_operand *b) {
    return a->kind == b->kind && a->ival == b->ival && a->place == b->place &&
           a->temp == b->temp && a->name == b->name && a->text == b->text;
}

static bool same_var(const tl_var *a, const tl_var *b) {
    return a->name == b->name && a->kind == b->kind && a->param_index == b->param_index &&
           a->is_array == b->is_array && a->is_pointer == b->is_pointer &&
           a->at_file_scope == b->at_file_scope && same_loc(a->decl, b->decl) &&
           same_range(a->scope, b->scope);
}

static bool same_place(const tl_place *a, const tl_place *b) {
    return a->var == b->var && a->parent == b->parent && a->sel == b->sel &&
           a->field == b->field && a->key == b->key;
}

static bool same_event(const tl_event *a, const tl_event *b) {
    bool same = a->kind == b->kind && same_loc(a->loc, b->loc) && same_range(a->range, b->range) &&
                same_range(a->stmt_range, b->stmt_range) && a->stmt_flags == b->stmt_flags &&
                a->text == b->text && a->callee == b->callee &&
                a->callee_kind == b->callee_kind && a->nargs == b->nargs &&
                a->result_temp == b->result_temp && a->call_flags == b->call_flags &&
                a->dst_place == b->dst_place && same_operand(&a->src, &b->src) &&
                a->delta == b->delta && a->is_test == b->is_test && a->test_op == b->test_op &&
                same_operand(&a->test_rhs, &b->test_rhs) && a->jump == b->jump &&
                a->jump_flags == b->jump_flags && same_loc(a->jump_target, b->jump_target);
    for (int i = 0; same && i < a->nargs; i++)
        same = same_operand(&a->args[i], &b->args[i]);
    return same;
}

static bool same_cond(const tl_cond *a, const tl_cond *b) {
    return same_operand(&a->lhs, &b->lhs) && same_operand(&a->rhs, &b->rhs) && a->op == b->op &&
           a->if_lead == b->if_lead && a->text == b->text && same_loc(a->loc, b->loc);
}

/* The union member of the terminator's kind; the others must be zero in
 * the unpacked block. */
static bool same_term_parts(const tl_block *a, const tl_block *b) {
    switch (a->term) {
    case TL_TERM_BRANCH:
        return same_cond(&a->cond, &b->cond);
    case TL_TERM_SWITCH: {
        bool same = same_operand(&a->scrutinee, &b->scrutinee) &&
                    a->scrutinee_text == b->scrutinee_text && a->ncases == b->ncases &&
                    b->case_cap == b->ncases && a->default_succ == b->default_succ;
        for (int i = 0; same && i < a->ncases; i++)
            same = a->cases[i].lo == b->cases[i].lo && a->cases[i].hi == b->cases[i].hi &&
                   a->cases[i].succ == b->cases[i].succ;
        return same;
    }
    case TL_TERM_RETURN:
        return same_operand(&a->retval, &b->retval) && same_range(a->term_stmt, b->term_stmt) &&
               a->term_stmt_flags == b->term_stmt_flags;
    default: {
        static const tl_block zero;
        return memcmp(&b->cond, &zero.cond, sizeof *b - offsetof(tl_block, cond)) == 0;
    }
    }
}

static bool same_block(const tl_block *a, const tl_block *b) {
    bool same = a->id == b->id && a->nevents == b->nevents && b->cap == b->nevents &&
                a->term == b->term && a->succ[0] == b->succ[0] && a->succ[1] == b->succ[1] &&
                same_loc(a->term_loc, b->term_loc) && same_term_parts(a, b);
    for (int i = 0; same && i < a->nevents; i++)
        same = same_event(&a->events[i], &b->events[i]);
    return same;
}

/* b unpacked from a: equal, with exact capacities and the unpack arena. */
static bool same_func(const tl_func *a, const tl_func *b, const tl_arena *arena) {
    bool same = a->name == b->name && same_loc(a->loc, b->loc) && same_range(a->body, b->body) &&
                same_loc(a->top, b->top) && a->nparams == b->nparams &&
                a->returns_void == b->returns_void && a->attrs == b->attrs &&
                a->external_linkage == b->external_linkage && a->nvars == b->nvars &&
                b->var_cap == b->nvars && a->nplaces == b->nplaces &&
                b->place_cap == b->nplaces && !b->place_index && a->nblocks == b->nblocks &&
                b->block_cap == b->nblocks && a->entry == b->entry &&
                a->nscopes == b->nscopes && b->scope_cap == b->nscopes &&
                a->ntemps == b->ntemps && b->arena == arena;
    for (int i = 0; same && i < a->nvars; i++)
        same = same_var(&a->vars[i], &b->vars[i]);
    for (int i = 0; same && i < a->nplaces; i++)
        same = same_place(&a->places[i], &b->places[i]);
    for (int i = 0; same && i < a->nscopes; i++)
        same = same_range(a->scopes[i], b->scopes[i]);
    for (int i = 0; same && i < a->nblocks; i++)
        same = same_block(&a->blocks[i], &b->blocks[i]);
    return same;
}

/* What the sealed structs and their arrays take. */
static size_t struct_bytes(const tl_func *f) {
    size_t n = sizeof *f + sizeof *f->vars * (size_t)f->nvars +
               sizeof *f->places * (size_t)f->nplaces + sizeof *f->scopes * (size_t)f->nscopes +
               sizeof *f->blocks * (size_t)f->nblocks;
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *bl = &f->blocks[b];
        n += sizeof *bl->events * (size_t)bl->nevents;
        for (int e = 0; e < bl->nevents; e++)
            n += sizeof *bl->events[e].args * (size_t)bl->events[e].nargs;
        if (bl->term == TL_TERM_SWITCH)
            n += sizeof *bl->cases * (size_t)bl->ncases;
    }
    return n;
}

static bool same_outline(const tl_outline *a, const tl_outline *b) {
    if (a->nblocks != b->nblocks || a->entry != b->entry)
        return false;
    int nb = a->nblocks;
    if (a->call_first[nb] != b->call_first[nb] || a->succ_first[nb] != b->succ_first[nb])
        return false;
    for (int i = 0; i <= nb; i++)
        if (a->call_first[i] != b->call_first[i] || a->succ_first[i] != b->succ_first[i] ||
            (i < nb && a->returns[i] != b->returns[i]))
            return false;
    for (int i = 0; i < a->succ_first[nb]; i++)
        if (a->succs[i] != b->succs[i])
            return false;
    for (int i = 0; i < a->call_first[nb]; i++) {
        const tl_outline_call *x = &a->calls[i], *y = &b->calls[i];
        if (x->callee != y->callee || x->kind != y->kind ||
            x->first_arg_global != y->first_arg_global || x->zero_args != y->zero_args)
            return false;
    }
    return true;
}

/* The outline the packed bytes carry is f's, and the bytes cut short say so. */
static void outline_round_trip(const tl_func *f, const unsigned char *bytes, size_t len,
                               tl_arena *a) {
    tl_outline want, got;
    tl_outline_of(f, a, &want);
    EXPECT(tl_ir_outline(bytes, len, a, &got));
    EXPECT(same_outline(&want, &got));
    for (size_t cut = 0; cut < 2 && cut < len; cut++)
        EXPECT(!tl_ir_outline(bytes, cut, a, &got));
}

/* Packs and unpacks f; checks it comes back equal and returns the packed size. */
static size_t round_trip(const tl_func *f) {
    tl_arena a;
    tl_arena_init(&a);
    size_t len = 0;
    const unsigned char *bytes = tl_ir_pack(f, &a, &len);
    tl_func *g = tl_ir_unpack(bytes, len, &a);
    EXPECT(g != NULL);
    EXPECT(g && same_func(f, g, &a));
    /* unpacking twice gives two equal copies */
    tl_func *h = tl_ir_unpack(bytes, len, &a);
    EXPECT(h && g && h != g && same_func(f, h, &a));
    outline_round_trip(f, bytes, len, &a);
    /* bytes cut short stop the reader cleanly */
    for (size_t cut = 0; cut < len; cut += 1 + len / 16)
        EXPECT(tl_ir_unpack(bytes, cut, &a) == NULL);
    tl_arena_free(&a);
    return len;
}

/* ---- building ------------------------------------------------------------- */

static tl_loc loc(int file, unsigned line, unsigned col, unsigned offset) {
    return (tl_loc){file, line, col, offset};
}

static tl_range span(tl_loc l, unsigned len) {
    tl_loc end = l;
    end.col += len;
    end.offset += len;
    return (tl_range){l, end};
}

static tl_event *call(tl_func *f, int block, const char *callee, tl_loc at, int nargs,
                      tl_arena *a) {
    tl_event *e = tl_block_add_event(f, block, TL_EV_CALL);
    e->callee = callee;
    e->callee_kind = callee ? TL_CALLEE_EXTERNAL : TL_CALLEE_INDIRECT;
    e->loc = at;
    e->range = span(at, 20);
    e->stmt_range = span(at, 21);
    e->stmt_flags = TL_STMT_IS_EXPR_STMT | TL_STMT_IN_COMPOUND;
    e->text = callee;
    e->nargs = nargs;
    e->args = nargs ? tl_arena_alloc(a, sizeof *e->args * (size_t)nargs) : NULL;
    e->result_temp = f->ntemps++;
    return e;
}

/* Every variable kind, nested places, every operand kind in call
 * arguments, assignments with tests, steps, escapes, jumps, a branch with
 * an if_lead, a switch with case ranges, return, noreturn; large
 * locations in a second file; NULL strings. */
static void build_rich(tl_tu *tu) {
    int file = tl_tu_file(tu, "big.h");
    tl_func *f = tl_func_new(tu, "rich", true);
    f->loc = loc(file, 4000000, 12, 3999999999u);
    f->body = (tl_range){loc(file, 4000000, 30, 4000000000u), loc(file, 4000090, 1, 4000004000u)};
    f->top = loc(file, 4000000, 1, 3999999988u);
    f->nparams = 2;
    f->returns_void = false;
    f->attrs = TL_FUNC_CONSTRUCTOR | TL_FUNC_DESTRUCTOR;
    f->external_linkage = true;

    int p0 = tl_func_add_var(f, "arg", TL_VAR_PARAM, 0);
    int p1 = tl_func_add_var(f, "out", TL_VAR_PARAM, 1);
    int g = tl_func_add_var(f, "lock", TL_VAR_GLOBAL, -1);
    int th = tl_func_add_var(f, "th", TL_VAR_LOCAL, -1);
    int x = tl_func_add_var(f, NULL, TL_VAR_LOCAL, -1);
    f->vars[p0].is_pointer = true;
    f->vars[p1].is_pointer = true;
    f->vars[g].at_file_scope = true;
    f->vars[g].decl = loc(0, 3, 17, 40);
    f->vars[th].is_array = true;
    f->vars[th].decl = loc(file, 4000001, 15, 4000000020u);
    f->vars[th].scope = f->body;
    f->vars[x].decl = loc(file, 4000002, 9, 4000000060u);
    f->vars[x].scope = (tl_range){f->vars[x].decl, f->body.end};
    f->vars[x].name = NULL;

    int parg = tl_place_base(f, p0);
    int pout = tl_place_base(f, p1);
    int pth = tl_place_base(f, th);
    int px = tl_place_base(f, x);
    int pg = tl_place_base(f, g);
    int elem = tl_place_derive(f, pth, TL_SEL_INDEX, NULL);
    int deref = tl_place_derive(f, parg, TL_SEL_DEREF, NULL);
    int field = tl_place_derive(f, deref, TL_SEL_FIELD, "tid");
    int nested = tl_place_derive(f, field, TL_SEL_FIELD, "inner");
    int outd = tl_place_derive(f, pout, TL_SEL_DEREF, NULL);

    tl_func_add_scope(f, f->body);
    tl_func_add_scope(f, (tl_range){loc(file, 4000010, 5, 4000001000u),
                                    loc(file, 4000020, 5, 4000001500u)});

    int b0 = f->entry, b1 = tl_block_new(f), b2 = tl_block_new(f), b3 = tl_block_new(f),
        b4 = tl_block_new(f), b5 = tl_block_new(f), b6 = tl_block_new(f);
    tl_loc at = loc(file, 4000003, 5, 4000000100u);

    tl_event *c = call(f, b0, "pthread_create", at, 4, &tu->arena);
    c->args[0] = tl_opd_addr(elem, "&th[i]");
    c->args[1] = tl_opd_const(-5, NULL);
    c->args[2] = tl_opd_defined_func("worker");
    c->args[3] = tl_opd_place(nested, "arg->tid.inner");
    c->call_flags = TL_CALL_CANNOT_FAIL;
    c->stmt_flags |= TL_STMT_RESULT_USED | TL_STMT_IN_MACRO;
    int rc = c->result_temp;

    tl_event *c2 = call(f, b0, "use", loc(file, 4000004, 5, 4000000130u), 4, &tu->arena);
    c2->args[0] = tl_opd_temp(rc, "pthread_create", "rc");
    c2->args[1] = tl_opd_func("free");
    c2->args[2] = tl_opd_opaque(NULL);
    c2->args[3] = tl_opd_none();
    c2->callee_kind = TL_CALLEE_DEFINED;
    c2->result_temp = -1;

    tl_event *ind = call(f, b0, NULL, loc(file, 4000005, 5, 4000000160u), 0, &tu->arena);
    ind->text = NULL;
    ind->stmt_flags = 0;

    tl_event *as = tl_block_add_event(f, b0, TL_EV_ASSIGN);
    as->loc = loc(file, 4000006, 5, 4000000200u);
    as->dst_place = px;
    as->src = tl_opd_temp(rc, "pthread_create", NULL);
    as->is_test = true;
    as->test_op = TL_CMP_GE;
    as->test_rhs = tl_opd_const(LLONG_MIN, "LLONG_MIN");
    as->delta = LLONG_MAX;
    as->text = "x = rc >= LLONG_MIN";

    tl_event *inc = tl_block_add_event(f, b0, TL_EV_INCR);
    inc->loc = loc(file, 4000007, 5, 4000000230u);
    inc->dst_place = outd;
    inc->delta = -1;

    tl_event *esc = tl_block_add_event(f, b0, TL_EV_ESCAPE);
    esc->loc = loc(0, 1, 1, 0); /* back in file 0: large negative deltas */
    esc->dst_place = field;
    esc->src = tl_opd_addr(field, "&arg->tid");
    tl_cond cond = {.lhs = tl_opd_place(px, "x"), .rhs = tl_opd_const(0, NULL), .op = TL_CMP_NE,
                    .text = "x", .loc = loc(file, 4000008, 9, 4000000260u)};
    tl_block_branch(f, b0, &cond, b1, b2);
    tl_block_mark_if(f, b0, f->nblocks, b1, b2, loc(file, 4000008, 5, 4000000256u));

    tl_event *brk = tl_block_add_event(f, b1, TL_EV_JUMP);
    brk->loc = loc(file, 4000009, 9, 4000000300u);
    brk->jump = TL_JUMP_GOTO;
    brk->jump_flags = TL_JUMP_INTO_MACRO_LOOP;
    brk->jump_target = loc(file, 4000080, 1, 4000003000u);
    tl_block_jump(f, b1, b6);

    tl_operand scrut = tl_opd_place(pg, "lock");
    tl_block_switch(f, b2, &scrut, "lock");
    tl_block_add_case(f, b2, 1, 1, b3);
    tl_block_add_case(f, b2, 2, 9, b4);
    tl_block_add_case(f, b2, LLONG_MIN, LLONG_MAX, b5);
    f->blocks[b2].default_succ = b6;
    f->blocks[b2].term_loc = loc(file, 4000010, 5, 4000001000u);

    tl_operand rv = tl_opd_temp(rc, "pthread_create", "rc");
    tl_block_return(f, b3, &rv, loc(file, 4000011, 9, 4000001100u),
                    span(loc(file, 4000011, 9, 4000001100u), 10), TL_STMT_IN_COMPOUND);
    tl_block_noreturn(f, b4, loc(file, 4000012, 9, 4000001200u));
    /* a branch replaced by a jump: the stale cond must not come back */
    tl_block_branch(f, b5, &cond, b6, b6);
    tl_block_jump(f, b5, b6);
    tl_block_return(f, b6, NULL, f->body.end, (tl_range){f->body.end, f->body.end},
                    TL_RET_IMPLICIT);
}

/* The smallest function: one block, no vars, no name text kept. */
static void build_empty(tl_tu *tu) {
    tl_func *f = tl_func_new(tu, "empty", false);
    f->returns_void = true;
    tl_block_return(f, f->entry, NULL, loc(0, 2, 1, 20), (tl_range){{0}, {0}}, TL_RET_IMPLICIT);
}

/* A typical small function: create, test, join or return. */
static void build_typical(tl_tu *tu) {
    tl_func *f = tl_func_new(tu, "serve", true);
    unsigned base = 5000;
    f->loc = loc(0, 200, 6, base);
    f->body = (tl_range){loc(0, 200, 20, base + 14), loc(0, 212, 1, base + 300)};
    f->top = loc(0, 200, 1, base - 5);
    f->returns_void = true;
    int arg = tl_func_add_var(f, "arg", TL_VAR_PARAM, 0);
    f->vars[arg].is_pointer = true;
    f->vars[arg].decl = loc(0, 200, 17, base + 11);
    f->vars[arg].scope = f->body;
    f->nparams = 1;
    int t = tl_func_add_var(f, "t", TL_VAR_LOCAL, -1);
    f->vars[t].decl = loc(0, 201, 15, base + 40);
    f->vars[t].scope = f->body;
    int pt = tl_place_base(f, t), parg = tl_place_base(f, arg);
    tl_func_add_scope(f, f->body);
    int b0 = f->entry, b1 = tl_block_new(f), b2 = tl_block_new(f);
    tl_event *c = call(f, b0, "pthread_create", loc(0, 202, 14, base + 60), 4, &tu->arena);
    c->args[0] = tl_opd_addr(pt, "&t");
    c->args[1] = tl_opd_const(0, "NULL");
    c->args[2] = tl_opd_func("worker");
    c->args[3] = tl_opd_place(parg, "arg");
    c->text = "pthread_create(&t, NULL, worker, arg)";
    tl_cond cond = {.lhs = tl_opd_temp(c->result_temp, "pthread_create", NULL),
                    .rhs = tl_opd_const(0, NULL), .op = TL_CMP_NE,
                    .text = "pthread_create(&t, NULL, worker, arg)",
                    .loc = loc(0, 202, 9, base + 55)};
    tl_block_branch(f, b0, &cond, b1, b2);
    tl_block_return(f, b1, NULL, loc(0, 203, 9, base + 110),
                    span(loc(0, 203, 9, base + 110), 7), TL_STMT_IN_COMPOUND);
    tl_event *j = call(f, b2, "pthread_join", loc(0, 204, 5, base + 130), 2, &tu->arena);
    j->args[0] = tl_opd_place(pt, "t");
    j->args[1] = tl_opd_const(0, "NULL");
    j->result_temp = -1;
    tl_block_return(f, b2, NULL, loc(0, 212, 1, base + 300),
                    (tl_range){loc(0, 212, 1, base + 300), loc(0, 212, 1, base + 300)},
                    TL_RET_IMPLICIT);
}

static void test_round_trips(void) {
    tl_tu tu;
    tl_tu_init(&tu);
    tl_tu_file(&tu, "main.c");
    void (*const build[])(tl_tu *) = {build_rich, build_empty, build_typical};
    size_t packed[3];
    for (int i = 0; i < 3; i++) { /* each while it is still being built */
        build[i](&tu);
        packed[i] = round_trip(tu.funcs[i]);
    }
    tl_tu_seal(&tu);
    EXPECT(tu.nfuncs == 3);
    /* sealed, each is packed and read through views */
    const tl_func *rich = tl_tu_func_at(&tu, 0);
    EXPECT(tu.funcs[0] == NULL && rich == tl_tu_func_at(&tu, 0));
    EXPECT(rich->nblocks == 7 && rich->blocks[2].ncases == 3);
    EXPECT(rich->blocks[0].cond.if_lead == 4);
    for (int i = 0; i < tu.nfuncs; i++) {
        const tl_func *f = tl_tu_func_at(&tu, i);
        /* the same length as when built, give or take the string pointers
         * sealing moved (written as differences) */
        EXPECT(round_trip(f) == tu.packed_len[i] && tu.packed_len[i] <= packed[i] + 16);
        packed[i] = tu.packed_len[i];
        size_t structs = struct_bytes(f);
        printf("%-6s packed %4zu bytes, structs %5zu bytes (%.1fx)\n", f->name, packed[i],
               structs, (double)structs / (double)packed[i]);
        if (i == 2)
            EXPECT(packed[i] * 4 <= structs); /* the point of packing */
    }
    tl_tu_release_views(&tu);
    EXPECT(tl_tu_func_at(&tu, 2)->nblocks > 0 && strcmp(tl_tu_func_name(&tu, 2), "serve") == 0);
    tl_tu_free(&tu);
}

/* The packed bytes depend only on the function: packing twice agrees. */
static void test_pack_is_stable(void) {
    tl_tu tu;
    tl_tu_init(&tu);
    build_typical(&tu);
    tl_tu_seal(&tu);
    size_t n1 = 0, n2 = 0;
    const unsigned char *p1 = tl_ir_pack(tl_tu_func_at(&tu, 0), &tu.arena, &n1);
    const unsigned char *p2 = tl_ir_pack(tl_tu_func_at(&tu, 0), &tu.arena, &n2);
    EXPECT(n1 == n2 && memcmp(p1, p2, n1) == 0);
    /* an unpacked function packs to the same bytes */
    tl_func *g = tl_ir_unpack(p1, n1, &tu.arena);
    size_t n3 = 0;
    const unsigned char *p3 = g ? tl_ir_pack(g, &tu.arena, &n3) : NULL;
    EXPECT(p3 && n3 == n1 && memcmp(p1, p3, n1) == 0);
    tl_tu_free(&tu);
}

/* A walk sees every function once, in order; one with a view is that view
 * (so identity with it holds), the others are unpacked afresh and keep no
 * view behind; a walk left early ends cleanly. */
static void test_walk(void) {
    tl_tu tu;
    tl_tu_init(&tu);
    build_rich(&tu);
    build_empty(&tu);
    build_typical(&tu);
    tl_tu_seal(&tu);
    const tl_func *viewed = tl_tu_func_at(&tu, 1);
    tl_func_walk w;
    int seen = 0;
    for (const tl_func *f = tl_func_walk_begin(&w, &tu); f; f = tl_func_walk_next(&w)) {
        EXPECT(w.index == seen && strcmp(f->name, tl_tu_func_name(&tu, seen)) == 0);
        EXPECT((f == viewed) == (seen == 1));
        seen++;
    }
    EXPECT(seen == 3 && tu.views->nheld == 1);
    const tl_func *first = tl_func_walk_begin(&w, &tu);
    EXPECT(first && first->nblocks == 7);
    tl_func_walk_end(&w);
    tl_tu_release_views(&tu);
    EXPECT(tu.views->nheld == 0 && tl_tu_func_at(&tu, 1) != NULL);
    tl_tu_free(&tu);
}

int main(void) {
    test_round_trips();
    test_pack_is_stable();
    test_walk();
    if (failures) {
        fprintf(stderr, "%d expectation(s) failed\n", failures);
        return 1;
    }
    puts("test_ir_pack: all passed");
    return 0;
}
