/* Conditions lowered straight to edges, as sparse's linearize_cond_branch:
 * `!e` swaps the targets, `a && b` and `a || b` get a middle block, `?:`
 * lowers each arm as a condition.  Long && / || chains lean left and are
 * walked iteratively. */
#include "lower_internal.h"

static tl_operand zero(void) { return tl_opd_const(0, "0"); }

static void branch_on(lower_fn *lf, CXCursor tested, tl_operand lhs, tl_cmp op,
                      tl_operand rhs, int t, int f) {
    tl_range r = lower_extent(lf->lt, tested);
    tl_cond cond = {.lhs = lhs, .rhs = rhs, .op = op,
                    .text = lower_cond_text(lf->lt, tested), .loc = r.begin};
    lower_branch(lf, &cond, t, f);
}

/* Both operands of `l op r` lowered; a constant answer when both are. */
static bool lower_compare(lower_fn *lf, CXCursor c, CXCursor l, CXCursor r, tl_cmp op,
                          tl_operand *lhs, tl_operand *rhs, bool *known) {
    *lhs = lower_value(lf, l);
    *rhs = lower_value(lf, r);
    if (lhs->kind != TL_OPD_CONST || rhs->kind != TL_OPD_CONST)
        return false;
    long long v;
    *known = lower_eval_int(c, &v) ? v != 0 : tl_cmp_holds(op, lhs->ival, rhs->ival);
    return true;
}

/* The operand pair of a binary operator and its kind, if c is one. */
static lower_op binary_parts(lower_fn *lf, CXCursor c, CXCursor *l, CXCursor *r) {
    if (clang_getCursorKind(c) != CXCursor_BinaryOperator)
        return LOWER_OP_UNKNOWN;
    lower_kids k;
    lower_kids_get(&k, c, true);
    lower_op op = LOWER_OP_UNKNOWN;
    if (k.n == 2) {
        *l = k.v[0];
        *r = k.v[1];
        op = lower_binop(lf->lt, c, *l, *r);
    }
    lower_kids_free(&k);
    return op;
}

static lower_op unary_parts(lower_fn *lf, CXCursor c, CXCursor *inner) {
    if (clang_getCursorKind(c) != CXCursor_UnaryOperator)
        return LOWER_OP_UNKNOWN;
    *inner = lower_only_child(c);
    return clang_Cursor_isNull(*inner) ? LOWER_OP_UNKNOWN : lower_unop(lf->lt, c, *inner);
}

/* The three operands of c ? a : b. */
static bool ternary_parts(CXCursor c, CXCursor parts[3]) {
    if (clang_getCursorKind(c) != CXCursor_ConditionalOperator)
        return false;
    lower_kids k;
    lower_kids_get(&k, c, true);
    bool ok = k.n == 3;
    for (int i = 0; ok && i < 3; i++)
        parts[i] = k.v[i];
    lower_kids_free(&k);
    return ok;
}

/* Looks through what does not change truth: parens, conversions, non-void
 * casts, __builtin_expect. */
static CXCursor truth_strip(CXCursor c) {
    for (;;) {
        c = lower_strip(c);
        enum CXCursorKind k = clang_getCursorKind(c);
        CXCursor next = clang_getNullCursor();
        if (k == CXCursor_CStyleCastExpr && !lower_type_is_void(clang_getCursorType(c))) {
            lower_kids kids;
            lower_kids_get(&kids, c, true);
            if (kids.n)
                next = kids.v[kids.n - 1];
            lower_kids_free(&kids);
        } else if (k == CXCursor_CallExpr) {
            next = lower_expect_arg(c);
        }
        if (clang_Cursor_isNull(next))
            return c;
        c = next;
    }
}

/* a && b && c ...: the operands left to right. */
static void chain_operands(lower_fn *lf, CXCursor c, lower_op op, lower_kids *out) {
    lower_kids rights;
    lower_kids_init(&rights);
    CXCursor l, r;
    while (binary_parts(lf, c, &l, &r) == op) {
        lower_kids_push(&rights, r);
        c = l;
    }
    lower_kids_push(out, c);
    for (int i = rights.n - 1; i >= 0; i--)
        lower_kids_push(out, rights.v[i]);
    lower_kids_free(&rights);
}

static void cond_loop(lower_fn *lf, CXCursor c, int t, int f) {
    for (;;) {
        if (lf->too_deep) {
            lower_jump(lf, f);
            return;
        }
        c = truth_strip(c);
        CXCursor l, r, parts[3];
        lower_op op = binary_parts(lf, c, &l, &r);
        tl_cmp cmp;
        if (op == LOWER_OP_LAND || op == LOWER_OP_LOR) {
            lower_kids ops;
            lower_kids_init(&ops);
            chain_operands(lf, c, op, &ops);
            for (int i = 0; i + 1 < ops.n && !lf->too_deep; i++) {
                int mid = tl_block_new(lf->f);
                if (op == LOWER_OP_LAND)
                    lower_cond(lf, ops.v[i], mid, f);
                else
                    lower_cond(lf, ops.v[i], t, mid);
                lf->cur = mid;
            }
            c = ops.v[ops.n - 1];
            lower_kids_free(&ops);
            continue;
        }
        if (op == LOWER_OP_COMMA) {
            lower_effect(lf, l);
            c = r;
            continue;
        }
        if (lower_op_cmp(op, &cmp)) {
            tl_operand lhs, rhs;
            bool known;
            if (lower_compare(lf, c, l, r, cmp, &lhs, &rhs, &known))
                lower_jump(lf, known ? t : f);
            else
                branch_on(lf, c, lhs, cmp, rhs, t, f);
            return;
        }
        CXCursor inner;
        if (op == LOWER_OP_UNKNOWN && unary_parts(lf, c, &inner) == LOWER_OP_LNOT) {
            int swap = t;
            t = f;
            f = swap;
            c = inner;
            continue;
        }
        if (ternary_parts(c, parts)) {
            int m1 = tl_block_new(lf->f), m2 = tl_block_new(lf->f);
            lower_cond(lf, parts[0], m1, m2);
            lf->cur = m1;
            lower_cond(lf, parts[1], t, f);
            lf->cur = m2;
            c = parts[2];
            continue;
        }
        if (lower_elvis_parts(c, parts)) { /* a ?: b holds when a or b does */
            int other = tl_block_new(lf->f);
            lower_cond(lf, parts[0], t, other);
            lf->cur = other;
            c = parts[1];
            continue;
        }
        /* rc, (rc = f()), p->running, pthread_create(...): value != 0 */
        tl_operand o = lower_value(lf, c);
        if (o.kind == TL_OPD_CONST)
            lower_jump(lf, o.ival ? t : f);
        else
            branch_on(lf, c, o, TL_CMP_NE, zero(), t, f);
        return;
    }
}

void lower_cond(lower_fn *lf, CXCursor c, int t, int f) {
    if (!lower_enter(lf)) {
        lower_jump(lf, f);
        return;
    }
    cond_loop(lf, c, t, f);
    lower_leave(lf);
}

/* ---- conditions as values -------------------------------------------------------- */

static void set_and_join(lower_fn *lf, int block, int var, tl_operand v, CXCursor at, int join) {
    lf->cur = block;
    lower_assign_event(lf, tl_place_base(lf->f, var), v, at);
    lower_jump(lf, join);
}

/* `ok = rc == 0`, `failed = !ok`: one comparison's truth as a value, an
 * ASSIGN the core evaluates (so a status copied this way stays a status). */
static tl_operand test_value(lower_fn *lf, tl_operand lhs, tl_cmp cmp, tl_operand rhs, CXCursor c,
                             const char *text) {
    int place = tl_place_base(lf->f, lower_synth_var(lf));
    tl_event *e = lower_event(lf, TL_EV_ASSIGN, c);
    e->dst_place = place;
    e->src = lhs;
    e->is_test = true;
    e->test_op = cmp;
    e->test_rhs = rhs;
    return tl_opd_place(place, text);
}

static bool names_no_address(const tl_operand *a, const tl_operand *b) {
    return a->kind != TL_OPD_ADDR && b->kind != TL_OPD_ADDR;
}

tl_operand lower_cond_value(lower_fn *lf, CXCursor c) {
    if (!lower_enter(lf))
        return tl_opd_opaque(NULL);
    CXCursor s = lower_strip(c), l, r, parts[3];
    tl_cmp cmp;
    lower_op op = binary_parts(lf, s, &l, &r);
    const char *text = lower_cursor_text(lf->lt, c);
    tl_operand lhs, rhs;
    bool known, is_cmp = lower_op_cmp(op, &cmp);
    if (is_cmp && lower_compare(lf, s, l, r, cmp, &lhs, &rhs, &known)) {
        lower_leave(lf);
        return tl_opd_const(known, text);
    }
    if (is_cmp && names_no_address(&lhs, &rhs)) {
        lower_leave(lf);
        return test_value(lf, lhs, cmp, rhs, c, text);
    }
    CXCursor inner;
    if (unary_parts(lf, s, &inner) == LOWER_OP_LNOT) {
        tl_operand o = lower_value(lf, inner), z = zero();
        if (o.kind == TL_OPD_CONST) { /* !0 */
            lower_leave(lf);
            return tl_opd_const(!o.ival, text);
        }
        if (names_no_address(&o, &z)) {
            lower_leave(lf);
            return test_value(lf, o, TL_CMP_EQ, z, c, text);
        }
        int var = lower_synth_var(lf);
        int join = tl_block_new(lf->f), t = tl_block_new(lf->f), f = tl_block_new(lf->f);
        branch_on(lf, inner, o, TL_CMP_NE, zero(), f, t);
        set_and_join(lf, t, var, tl_opd_const(1, NULL), c, join);
        set_and_join(lf, f, var, tl_opd_const(0, NULL), c, join);
        lf->cur = join;
        lower_leave(lf);
        return tl_opd_place(tl_place_base(lf->f, var), text);
    }
    int var = lower_synth_var(lf);
    int join = tl_block_new(lf->f);
    if (ternary_parts(s, parts)) {
        int m1 = tl_block_new(lf->f), m2 = tl_block_new(lf->f);
        lower_cond(lf, parts[0], m1, m2);
        lf->cur = m1;
        tl_operand a = lower_value(lf, parts[1]);
        set_and_join(lf, lower_cur(lf), var, a, parts[1], join);
        lf->cur = m2;
        tl_operand b = lower_value(lf, parts[2]);
        set_and_join(lf, lower_cur(lf), var, b, parts[2], join);
    } else {
        int t = tl_block_new(lf->f), f = tl_block_new(lf->f);
        if (is_cmp) /* operands already lowered */
            branch_on(lf, s, lhs, cmp, rhs, t, f);
        else
            lower_cond(lf, s, t, f);
        set_and_join(lf, t, var, tl_opd_const(1, NULL), c, join);
        set_and_join(lf, f, var, tl_opd_const(0, NULL), c, join);
    }
    lf->cur = join;
    lower_leave(lf);
    return tl_opd_place(tl_place_base(lf->f, var), text);
}

void lower_cond_effect(lower_fn *lf, CXCursor c, lower_op op) {
    int join = tl_block_new(lf->f);
    CXCursor l, r, parts[3];
    if ((op == LOWER_OP_LAND || op == LOWER_OP_LOR) && binary_parts(lf, c, &l, &r) == op) {
        int mid = tl_block_new(lf->f);
        if (op == LOWER_OP_LAND)
            lower_cond(lf, l, mid, join); /* a && f(): f() runs when a holds */
        else
            lower_cond(lf, l, join, mid);
        lf->cur = mid;
        lower_effect(lf, r);
    } else if (ternary_parts(c, parts)) {
        int m1 = tl_block_new(lf->f), m2 = tl_block_new(lf->f);
        lower_cond(lf, parts[0], m1, m2);
        lf->cur = m1;
        lower_effect(lf, parts[1]);
        lower_jump(lf, join);
        lf->cur = m2;
        lower_effect(lf, parts[2]);
    } else {
        lower_kids k;
        lower_kids_get(&k, c, true);
        for (int i = 0; i < k.n; i++)
            lower_effect(lf, k.v[i]);
        lower_kids_free(&k);
    }
    lower_jump(lf, join);
    lf->cur = join;
}

bool lower_elvis_parts(CXCursor c, CXCursor parts[2]) {
    if (clang_getCursorKind(c) != CXCursor_UnexposedExpr)
        return false;
    lower_kids k;
    lower_kids_get(&k, c, true);
    bool ok = k.n == 4;
    for (int i = 1; ok && i < 3; i++)
        ok = clang_equalRanges(clang_getCursorExtent(k.v[0]), clang_getCursorExtent(k.v[i]));
    if (ok) {
        parts[0] = k.v[0];
        parts[1] = k.v[3];
    }
    lower_kids_free(&k);
    return ok;
}

tl_operand lower_elvis(lower_fn *lf, CXCursor c, const CXCursor parts[2], bool used) {
    tl_operand a = lower_value(lf, parts[0]);
    if (a.kind == TL_OPD_CONST)
        return a.ival ? a : lower_expr(lf, parts[1], used);
    int join = tl_block_new(lf->f), t = tl_block_new(lf->f), f = tl_block_new(lf->f);
    branch_on(lf, parts[0], a, TL_CMP_NE, zero(), t, f);
    if (!used) {
        lf->cur = t;
        lower_jump(lf, join);
        lf->cur = f;
        lower_effect(lf, parts[1]);
        lower_jump(lf, join);
        lf->cur = join;
        return tl_opd_none();
    }
    int var = lower_synth_var(lf);
    set_and_join(lf, t, var, a, parts[0], join);
    lf->cur = f;
    tl_operand b = lower_value(lf, parts[1]);
    set_and_join(lf, lower_cur(lf), var, b, parts[1], join);
    lf->cur = join;
    return tl_opd_place(tl_place_base(lf->f, var), lower_cursor_text(lf->lt, c));
}
