/* Expressions: each returns its value as an operand and emits its events in
 * evaluation order.  `used` is false where the value is discarded. */
#include "lower_internal.h"

#include <limits.h>
#include <string.h>

/* Shallow enough for clang's recursive evaluator on any thread's stack. */
enum { LOWER_EVAL_MAX_LEAVES = 64 };

tl_event *lower_event(lower_fn *lf, tl_event_kind kind, CXCursor at) {
    tl_range r = lower_extent(lf->lt, at);
    const char *text = lower_text(lf->lt, r);
    tl_event *e = tl_block_add_event(lf->f, lower_cur(lf), kind);
    e->loc = r.begin;
    e->range = r;
    e->text = text;
    e->stmt_range = lf->stmt.range;
    e->stmt_flags = lf->stmt.in_compound ? TL_STMT_IN_COMPOUND : 0;
    return e;
}

void lower_escape(lower_fn *lf, int place, CXCursor at) {
    if (place < 0)
        return;
    lower_event(lf, TL_EV_ESCAPE, at)->dst_place = place;
}

static bool names_place(const tl_operand *o) {
    return o->kind == TL_OPD_PLACE || o->kind == TL_OPD_ADDR;
}

void lower_assign_event(lower_fn *lf, int dst, tl_operand src, CXCursor at) {
    /* A stored address leaks its place; so does anything stored where we
     * cannot name the destination. */
    if (src.kind == TL_OPD_ADDR || (dst < 0 && names_place(&src)))
        lower_escape(lf, src.place, at);
    if (dst < 0)
        return;
    tl_event *e = lower_event(lf, TL_EV_ASSIGN, at);
    e->dst_place = dst;
    e->src = src;
}

static tl_operand opaque(lower_fn *lf, CXCursor c) {
    return tl_opd_opaque(lower_cursor_text(lf->lt, c));
}

static tl_operand constant(lower_fn *lf, CXCursor c) {
    long long v;
    tl_range r = lower_extent(lf->lt, c);
    const char *text = lower_text(lf->lt, r);
    if (lower_eval_literal(lf->lt, c, r, &v))
        return tl_opd_const(v, text);
    return tl_opd_opaque(text);
}

/* The value of an array-typed lvalue: the address of its elements. */
static tl_operand decayed(lower_fn *lf, int place, CXCursor c) {
    return tl_opd_addr(tl_place_derive(lf->f, place, TL_SEL_INDEX, NULL),
                       lower_cursor_text(lf->lt, c));
}

static tl_operand place_value(lower_fn *lf, int place, CXCursor c) {
    if (place < 0)
        return opaque(lf, c);
    if (lower_type_is_array(clang_getCursorType(c)))
        return decayed(lf, place, c);
    return tl_opd_place(place, lower_cursor_text(lf->lt, c));
}

static CXCursor last_expr_child(CXCursor c) {
    lower_kids k;
    lower_kids_get(&k, c, true);
    CXCursor last = k.n ? k.v[k.n - 1] : clang_getNullCursor();
    lower_kids_free(&k);
    return last;
}

/* ---- places ----------------------------------------------------------------- */

static bool is_var_decl(CXCursor d) {
    enum CXCursorKind k = clang_getCursorKind(d);
    return k == CXCursor_VarDecl || k == CXCursor_ParmDecl;
}

static int ref_place(lower_fn *lf, CXCursor ref) {
    CXCursor d = clang_getCursorReferenced(ref);
    if (!is_var_decl(d))
        return -1;
    return tl_place_base(lf->f, lower_var_of_decl(lf, d, lf->f->body));
}

static int member_place(lower_fn *lf, CXCursor c) {
    CXCursor base = last_expr_child(c);
    if (clang_Cursor_isNull(base))
        return -1;
    CXString name = clang_getCursorSpelling(c);
    const char *field = clang_getCString(name);
    if (!field || !*field)
        field = "<anon>";
    int p;
    if (lower_type_is_pointer(clang_getCursorType(base))) {
        tl_operand o = lower_value(lf, base); /* p->f is (*p).f */
        p = tl_place_through(lf->f, &o, TL_SEL_FIELD, field);
    } else {
        p = tl_place_derive(lf->f, lower_place(lf, base), TL_SEL_FIELD, field);
    }
    clang_disposeString(name);
    return p;
}

static bool has_address_type(CXCursor c) {
    CXType t = clang_getCursorType(lower_strip(c));
    return lower_type_is_pointer(t) || lower_type_is_array(t);
}

static int subscript_place(lower_fn *lf, CXCursor c) {
    lower_kids k;
    lower_kids_get(&k, c, true);
    if (k.n != 2) {
        lower_kids_free(&k);
        return -1;
    }
    CXCursor base = k.v[0], index = k.v[1];
    if (!has_address_type(base) && has_address_type(index)) { /* i[a] */
        base = k.v[1];
        index = k.v[0];
    }
    lower_kids_free(&k);
    int p;
    CXCursor array = lower_strip(base);
    if (lower_type_is_array(clang_getCursorType(array))) {
        /* th[i] stays inside th: no dereference */
        p = tl_place_derive(lf->f, lower_place(lf, array), TL_SEL_INDEX, NULL);
    } else {
        tl_operand o = lower_value(lf, base);
        p = tl_place_through(lf->f, &o, TL_SEL_INDEX, NULL);
    }
    lower_value(lf, index);
    return p;
}

static int place_dispatch(lower_fn *lf, CXCursor c) {
    switch (clang_getCursorKind(c)) {
    case CXCursor_ParenExpr:
    case CXCursor_UnexposedExpr: {
        CXCursor inner = lower_wrapped(c);
        if (!clang_Cursor_isNull(inner))
            return lower_place(lf, inner);
        break;
    }
    case CXCursor_DeclRefExpr:
        return ref_place(lf, c);
    case CXCursor_MemberRefExpr:
        return member_place(lf, c);
    case CXCursor_ArraySubscriptExpr:
        return subscript_place(lf, c);
    case CXCursor_UnaryOperator: {
        CXCursor inner = lower_only_child(c);
        if (clang_Cursor_isNull(inner))
            break;
        lower_op op = lower_unop(lf->lt, c, inner);
        if (op == LOWER_OP_DEREF) {
            tl_operand o = lower_value(lf, inner);
            return tl_place_through(lf->f, &o, TL_SEL_DEREF, NULL);
        }
        if (op == LOWER_OP_EXTENSION)
            return lower_place(lf, inner);
        break;
    }
    default:
        break;
    }
    tl_operand o = lower_value(lf, c);
    return o.kind == TL_OPD_PLACE ? o.place : -1;
}

int lower_place(lower_fn *lf, CXCursor c) {
    if (!lower_enter(lf))
        return -1;
    int p = place_dispatch(lf, c);
    lower_leave(lf);
    return p;
}

/* ---- leaves and wrappers ---------------------------------------------------------- */

static tl_operand decl_ref(lower_fn *lf, CXCursor c) {
    CXCursor d = clang_getCursorReferenced(c);
    switch (clang_getCursorKind(d)) {
    case CXCursor_VarDecl:
    case CXCursor_ParmDecl:
        return place_value(lf, ref_place(lf, c), c);
    case CXCursor_FunctionDecl: /* a start routine, a callback */
        lower_want(lf->lt, d);
        const char *name = lower_cxstring(lf->f->arena, clang_getCursorSpelling(d));
        return lower_definition(lf->lt, d) >= 0 ? tl_opd_defined_func(name) : tl_opd_func(name);
    case CXCursor_EnumConstantDecl:
        return tl_opd_const(clang_getEnumConstantDeclValue(d), lower_cursor_text(lf->lt, c));
    default:
        return opaque(lf, c);
    }
}

/* Implicit conversions, GNU ?:, designators, va_arg and friends. */
static tl_operand unexposed(lower_fn *lf, CXCursor c, bool used) {
    CXCursor inner = lower_wrapped(c), elvis[2];
    if (!clang_Cursor_isNull(inner)) {
        if (lower_type_is_array(clang_getCursorType(inner)) &&
            !lower_type_is_array(clang_getCursorType(c)))
            return decayed(lf, lower_place(lf, inner), inner);
        return lower_expr(lf, inner, used);
    }
    if (lower_elvis_parts(c, elvis))
        return lower_elvis(lf, c, elvis, used);
    lower_kids k;
    lower_kids_get(&k, c, true);
    tl_operand o;
    if (k.n == 0) {
        o = constant(lf, c); /* no operands: no side effects to lose */
    } else {
        for (int i = 0; i < k.n; i++) {
            tl_operand a = lower_value(lf, k.v[i]);
            if (a.kind == TL_OPD_ADDR)
                lower_escape(lf, a.place, k.v[i]);
        }
        o = opaque(lf, c);
    }
    lower_kids_free(&k);
    return o;
}

/* `NULL`, `(size_t)1`, `((void *)0)`: parentheses, casts and implicit
 * conversions around an integer literal make a constant with the text of
 * the whole and the value of the outermost cast that evaluates.  paren and
 * cast get the same level by level, each overriding the text and value
 * inside; here the inner levels' extents, texts and evaluations are
 * skipped.  Near the nesting budget it declines, so the levels are counted
 * as before. */
static bool const_chain(lower_fn *lf, CXCursor c, tl_operand *out) {
    enum { max_casts = 8 };
    CXCursor casts[max_casts];
    int ncasts = 0, levels = 0;
    CXCursor e = c;
    for (bool more = true; more;) {
        if (lf->depth + ++levels >= lf->max_depth)
            return false;
        switch (clang_getCursorKind(e)) {
        case CXCursor_ParenExpr:
            e = lower_only_child(e);
            break;
        case CXCursor_UnexposedExpr: { /* unexposed's conversion, not its decay of an array */
            CXCursor inner = lower_wrapped(e);
            if (!clang_Cursor_isNull(inner) && lower_type_is_array(clang_getCursorType(inner)))
                return false;
            e = inner;
            break;
        }
        case CXCursor_CStyleCastExpr:
            if (ncasts == max_casts || lower_type_is_void(clang_getCursorType(e)))
                return false;
            casts[ncasts++] = e;
            e = last_expr_child(e);
            break;
        case CXCursor_IntegerLiteral:
            more = false;
            break;
        default:
            return false;
        }
        if (clang_Cursor_isNull(e))
            return false;
    }
    long long v;
    if (!lower_eval_literal_here(lf->lt, e, &v))
        return false;
    for (int i = 0; i < ncasts; i++) /* a pointer never evaluates to an integer */
        if (!lower_type_is_pointer(clang_getCursorType(casts[i])) && lower_eval_int(casts[i], &v))
            break;
    *out = tl_opd_const(v, lower_cursor_text(lf->lt, c));
    return true;
}

static tl_operand paren(lower_fn *lf, CXCursor c, bool used) {
    tl_operand k;
    if (const_chain(lf, c, &k))
        return k;
    CXCursor inner = lower_only_child(c);
    if (clang_Cursor_isNull(inner))
        return opaque(lf, c);
    tl_operand o = lower_expr(lf, inner, used);
    if (o.kind == TL_OPD_CONST)
        o.text = lower_cursor_text(lf->lt, c); /* `NULL`, not `0` */
    return o;
}

static tl_operand cast(lower_fn *lf, CXCursor c, bool used) {
    CXCursor inner = last_expr_child(c);
    if (clang_Cursor_isNull(inner))
        return opaque(lf, c);
    if (lower_type_is_void(clang_getCursorType(c))) {
        lower_effect(lf, inner);
        return tl_opd_none();
    }
    tl_operand k;
    if (const_chain(lf, c, &k))
        return k;
    tl_operand o = lower_expr(lf, inner, used);
    if (o.kind == TL_OPD_CONST) {
        long long v;
        /* (unsigned char)300; a pointer never evaluates to an integer,
         * and asking costs the evaluator a type's spelling */
        if (!lower_type_is_pointer(clang_getCursorType(c)) && lower_eval_int(c, &v))
            o.ival = v;
        o.text = lower_cursor_text(lf->lt, c);
    }
    return o;
}

/* ---- operators ---------------------------------------------------------------- */

static tl_operand incr(lower_fn *lf, CXCursor c, CXCursor operand, long long delta, bool prefix,
                       bool used) {
    int p = lower_place(lf, operand);
    if (p < 0)
        return opaque(lf, c);
    /* `while (i-- > 0)` tests the value before the step: keep it */
    int old = -1;
    if (!prefix && used) {
        old = tl_place_base(lf->f, lower_synth_var(lf));
        lower_assign_event(lf, old, tl_opd_place(p, lower_cursor_text(lf->lt, operand)), c);
    }
    tl_event *e = lower_event(lf, TL_EV_INCR, c);
    e->dst_place = p;
    e->delta = delta;
    if (prefix)
        return tl_opd_place(p, lower_cursor_text(lf->lt, c));
    return old >= 0 ? tl_opd_place(old, lower_cursor_text(lf->lt, c)) : opaque(lf, c);
}

static bool is_function_ref(CXCursor c) {
    CXCursor s = lower_strip(c);
    return clang_getCursorKind(s) == CXCursor_DeclRefExpr &&
           clang_getCursorKind(clang_getCursorReferenced(s)) == CXCursor_FunctionDecl;
}

static tl_operand address_of(lower_fn *lf, CXCursor c, CXCursor operand) {
    if (is_function_ref(operand)) /* &worker is worker */
        return lower_value(lf, operand);
    CXCursor literal = lower_strip(operand);
    if (clang_getCursorKind(literal) == CXCursor_CompoundLiteralExpr) {
        lower_value(lf, literal); /* its initialiser runs */
        return tl_opd_addr(tl_place_base(lf->f, lower_literal_var(lf, literal)),
                           lower_cursor_text(lf->lt, c));
    }
    int p = lower_place(lf, operand);
    if (p < 0)
        return opaque(lf, c);
    const tl_place *pl = &lf->f->places[p];
    if (pl->sel == TL_SEL_DEREF) /* &*q is the pointer q */
        return tl_opd_place(pl->parent, lower_cursor_text(lf->lt, c));
    return tl_opd_addr(p, lower_cursor_text(lf->lt, c));
}

static tl_operand unary(lower_fn *lf, CXCursor c, bool used) {
    CXCursor inner = lower_only_child(c);
    if (clang_Cursor_isNull(inner))
        return opaque(lf, c);
    lower_op op = lower_unop(lf->lt, c, inner);
    switch (op) {
    case LOWER_OP_ADDR_OF:
        return address_of(lf, c, inner);
    case LOWER_OP_DEREF:
        return place_value(lf, lower_place(lf, c), c);
    case LOWER_OP_PRE_INC:
    case LOWER_OP_POST_INC:
    case LOWER_OP_PRE_DEC:
    case LOWER_OP_POST_DEC: {
        bool inc = op == LOWER_OP_PRE_INC || op == LOWER_OP_POST_INC;
        bool prefix = op == LOWER_OP_PRE_INC || op == LOWER_OP_PRE_DEC;
        return incr(lf, c, inner, inc ? 1 : -1, prefix, used);
    }
    case LOWER_OP_EXTENSION:
    case LOWER_OP_PLUS:
        return lower_expr(lf, inner, used);
    case LOWER_OP_LNOT:
        if (used)
            return lower_cond_value(lf, c);
        lower_effect(lf, inner);
        return tl_opd_none();
    default: {
        tl_operand o = lower_value(lf, inner);
        if (o.kind == TL_OPD_CONST)
            return constant(lf, c);
        if (o.kind == TL_OPD_ADDR)
            lower_escape(lf, o.place, c);
        return opaque(lf, c);
    }
    }
}

static bool is_literal(CXCursor c) {
    CXCursor s = lower_strip(c);
    enum CXCursorKind k = clang_getCursorKind(s);
    return k == CXCursor_IntegerLiteral || k == CXCursor_CharacterLiteral ||
           (k == CXCursor_DeclRefExpr &&
            clang_getCursorKind(clang_getCursorReferenced(s)) == CXCursor_EnumConstantDecl);
}

/* `y + k` / `y - k` with a literal k: the operand y and the offset. */
static bool affine(lower_fn *lf, CXCursor rhs, CXCursor *base, long long *delta) {
    CXCursor s = lower_strip(rhs);
    if (clang_getCursorKind(s) != CXCursor_BinaryOperator)
        return false;
    lower_kids k;
    lower_kids_get(&k, s, true);
    bool ok = false;
    long long v;
    if (k.n == 2 && !is_literal(k.v[0]) && is_literal(k.v[1]) && lower_eval_int(k.v[1], &v)) {
        lower_op op = lower_binop(lf->lt, s, k.v[0], k.v[1]);
        /* y - LLONG_MIN has no delta: -LLONG_MIN overflows */
        if (op == LOWER_OP_ADD || (op == LOWER_OP_SUB && v != LLONG_MIN)) {
            *base = k.v[0];
            *delta = op == LOWER_OP_ADD ? v : -v;
            ok = true;
        }
    }
    lower_kids_free(&k);
    return ok;
}

static tl_operand assign(lower_fn *lf, CXCursor c, CXCursor lhs, CXCursor rhs) {
    CXCursor base;
    long long delta = 0;
    tl_operand src;
    if (affine(lf, rhs, &base, &delta)) {
        src = lower_value(lf, base);
        if (src.kind != TL_OPD_PLACE && src.kind != TL_OPD_TEMP) {
            src = tl_opd_opaque(lower_cursor_text(lf->lt, rhs));
            delta = 0;
        }
    } else {
        src = lower_value(lf, rhs);
    }
    int dst = lower_place(lf, lhs);
    lower_assign_event(lf, dst, src, c);
    if (delta && dst >= 0) {
        tl_block *b = &lf->f->blocks[lf->cur];
        b->events[b->nevents - 1].delta = delta;
    }
    return dst >= 0 ? tl_opd_place(dst, lower_cursor_text(lf->lt, lhs)) : opaque(lf, c);
}

static tl_operand compound_assign(lower_fn *lf, CXCursor c) {
    lower_kids k;
    lower_kids_get(&k, c, true);
    if (k.n != 2) {
        lower_kids_free(&k);
        return opaque(lf, c);
    }
    CXCursor lhs = k.v[0], rhs = k.v[1];
    lower_kids_free(&k);
    lower_op op = lower_binop(lf->lt, c, lhs, rhs);
    tl_operand by = lower_value(lf, rhs);
    int dst = lower_place(lf, lhs);
    if (by.kind == TL_OPD_CONST && dst >= 0 &&
        (op == LOWER_OP_ADD_ASSIGN || (op == LOWER_OP_SUB_ASSIGN && by.ival != LLONG_MIN))) {
        tl_event *e = lower_event(lf, TL_EV_INCR, c);
        e->dst_place = dst;
        e->delta = op == LOWER_OP_ADD_ASSIGN ? by.ival : -by.ival;
    } else {
        if (by.kind == TL_OPD_ADDR)
            lower_escape(lf, by.place, rhs);
        lower_assign_event(lf, dst, tl_opd_opaque(lower_cursor_text(lf->lt, c)), c);
    }
    return dst >= 0 ? tl_opd_place(dst, lower_cursor_text(lf->lt, lhs)) : opaque(lf, c);
}

static bool is_element_address(const lower_fn *lf, const tl_operand *o) {
    return o->kind == TL_OPD_ADDR && lf->f->places[o->place].sel == TL_SEL_INDEX;
}

/* One step of arithmetic: th + i stays an element address of th; any other
 * address used in arithmetic leaves our sight. */
static tl_operand arith_step(lower_fn *lf, CXCursor node, lower_op op, tl_operand acc,
                             tl_operand rhs, CXCursor rhs_cursor) {
    bool additive = op == LOWER_OP_ADD || op == LOWER_OP_SUB;
    if (additive && is_element_address(lf, &acc) && rhs.kind != TL_OPD_ADDR)
        return acc;
    if (op == LOWER_OP_ADD && is_element_address(lf, &rhs) && acc.kind != TL_OPD_ADDR)
        return rhs;
    if (acc.kind == TL_OPD_ADDR)
        lower_escape(lf, acc.place, node);
    if (rhs.kind == TL_OPD_ADDR)
        lower_escape(lf, rhs.place, rhs_cursor);
    return tl_opd_opaque(NULL);
}

static bool is_arith(lower_op op) {
    return op != LOWER_OP_ASSIGN && op != LOWER_OP_COMMA && !lower_op_is_logical(op) &&
           (op < LOWER_OP_MUL_ASSIGN || op > LOWER_OP_OR_ASSIGN);
}

/* Binary operators that only compute: `a + b + c ...` is a left-leaning
 * chain, walked without recursion however long it is. */
static tl_operand arith_chain(lower_fn *lf, CXCursor c) {
    lower_kids spine; /* nodes, top first */
    lower_kids rhs;
    lower_kids_init(&spine);
    lower_kids_init(&rhs);
    lower_ints ops = {0};
    CXCursor x = c;
    for (;;) {
        lower_kids k;
        lower_kids_get(&k, x, true);
        bool binary = clang_getCursorKind(x) == CXCursor_BinaryOperator && k.n == 2;
        lower_op op = binary ? lower_binop(lf->lt, x, k.v[0], k.v[1]) : LOWER_OP_UNKNOWN;
        if (!binary || (spine.n && !is_arith(op))) {
            lower_kids_free(&k);
            break;
        }
        lower_kids_push(&spine, x);
        lower_kids_push(&rhs, k.v[1]);
        lower_ints_push(&ops, op);
        x = k.v[0];
        lower_kids_free(&k);
    }
    tl_operand acc = lower_value(lf, x);
    bool all_const = acc.kind == TL_OPD_CONST;
    for (int i = spine.n - 1; i >= 0 && !lf->too_deep; i--) {
        tl_operand r = lower_value(lf, rhs.v[i]);
        all_const = all_const && r.kind == TL_OPD_CONST;
        acc = arith_step(lf, spine.v[i], (lower_op)ops.v[i], acc, r, rhs.v[i]);
    }
    int leaves = spine.n + 1;
    lower_kids_free(&spine);
    lower_kids_free(&rhs);
    lower_ints_free(&ops);
    if (all_const && leaves <= LOWER_EVAL_MAX_LEAVES)
        return constant(lf, c);
    if (acc.kind == TL_OPD_ADDR)
        return acc;
    return opaque(lf, c);
}

/* `a, b, c`: all but the last are evaluated for their effects. */
static tl_operand comma_chain(lower_fn *lf, CXCursor c, bool used) {
    lower_kids parts; /* right operands, outermost first */
    lower_kids_init(&parts);
    CXCursor x = c;
    for (;;) {
        lower_kids k;
        lower_kids_get(&k, x, true);
        bool comma = clang_getCursorKind(x) == CXCursor_BinaryOperator && k.n == 2 &&
                     lower_binop(lf->lt, x, k.v[0], k.v[1]) == LOWER_OP_COMMA;
        if (comma) {
            lower_kids_push(&parts, k.v[1]);
            x = k.v[0];
        }
        lower_kids_free(&k);
        if (!comma)
            break;
    }
    lower_effect(lf, x);
    tl_operand o = tl_opd_none();
    for (int i = parts.n - 1; i >= 0; i--) {
        if (i)
            lower_effect(lf, parts.v[i]);
        else
            o = lower_expr(lf, parts.v[i], used);
    }
    lower_kids_free(&parts);
    return o;
}

static tl_operand binary(lower_fn *lf, CXCursor c, bool used) {
    lower_kids k;
    lower_kids_get(&k, c, true);
    if (k.n != 2) {
        lower_kids_free(&k);
        return opaque(lf, c);
    }
    CXCursor lhs = k.v[0], rhs = k.v[1];
    lower_kids_free(&k);
    lower_op op = lower_binop(lf->lt, c, lhs, rhs);
    tl_cmp cmp;
    switch (op) {
    case LOWER_OP_ASSIGN:
        return assign(lf, c, lhs, rhs);
    case LOWER_OP_COMMA:
        return comma_chain(lf, c, used);
    case LOWER_OP_LAND:
    case LOWER_OP_LOR:
        if (used)
            return lower_cond_value(lf, c);
        lower_cond_effect(lf, c, op);
        return tl_opd_none();
    default:
        if (lower_op_cmp(op, &cmp)) {
            if (used)
                return lower_cond_value(lf, c);
            lower_effect(lf, lhs);
            lower_effect(lf, rhs);
            return tl_opd_none();
        }
        return arith_chain(lf, c);
    }
}

/* ---- aggregates ------------------------------------------------------------------ */

static tl_operand init_list(lower_fn *lf, CXCursor c);

/* One initializer element: a handle copied into an aggregate hides it.
 * Returns whether the element is a zero constant (or an all-zero list). */
static bool init_element(lower_fn *lf, CXCursor e) {
    lower_kids k;
    lower_kids_get(&k, e, true);
    if (clang_getCursorKind(e) == CXCursor_UnexposedExpr && k.n >= 2) {
        /* [i] = v, [a ... b] = v: the designator's indexes, then the value */
        for (int i = 0; i + 1 < k.n; i++)
            lower_effect(lf, k.v[i]);
        e = k.v[k.n - 1];
    }
    lower_kids_free(&k);
    tl_operand o = lower_value(lf, e);
    if (names_place(&o))
        lower_escape(lf, o.place, e);
    return o.kind == TL_OPD_CONST && o.ival == 0;
}

/* `{0}`, `{}`, `{.have = false}`: every member starts at zero, which the
 * value says as the constant 0 (the core spreads it over the members). */
static tl_operand init_list(lower_fn *lf, CXCursor c) {
    lower_kids k;
    lower_kids_get(&k, c, true);
    bool zero = true;
    for (int i = 0; i < k.n && !lf->too_deep; i++)
        zero = init_element(lf, k.v[i]) && zero;
    lower_kids_free(&k);
    return zero ? tl_opd_const(0, lower_cursor_text(lf->lt, c)) : opaque(lf, c);
}

void lower_var_init(lower_fn *lf, int var, CXCursor init, CXCursor decl) {
    int dst = tl_place_base(lf->f, var);
    if (clang_getCursorKind(lower_strip(init)) == CXCursor_InitListExpr) {
        tl_operand o = lower_value(lf, init);
        lower_assign_event(lf, dst, o.kind == TL_OPD_CONST ? o : tl_opd_opaque(o.text), decl);
        return;
    }
    lower_assign_event(lf, dst, lower_value(lf, init), decl);
}

/* ({ ...; v; }): the value of the last expression statement. */
static tl_operand stmt_expr(lower_fn *lf, CXCursor c, bool used) {
    lower_kids k;
    lower_kids_get(&k, c, false);
    tl_operand o = tl_opd_none();
    lower_stmt_ctx saved = lf->stmt;
    for (int i = 0; i < k.n; i++)
        if (clang_getCursorKind(k.v[i]) == CXCursor_CompoundStmt)
            lower_compound(lf, k.v[i], used ? &o : NULL);
    lf->stmt = saved;
    lower_kids_free(&k);
    return o;
}

static tl_operand generic(lower_fn *lf, CXCursor c) {
    lower_kids k;
    lower_kids_get(&k, c, true);
    for (int i = 0; i < k.n && !lf->too_deep; i++) {
        tl_operand o = lower_value(lf, k.v[i]);
        if (o.kind == TL_OPD_ADDR)
            lower_escape(lf, o.place, k.v[i]);
    }
    lower_kids_free(&k);
    return opaque(lf, c);
}

static tl_operand expr_dispatch(lower_fn *lf, CXCursor c, bool used) {
    switch (clang_getCursorKind(c)) {
    case CXCursor_IntegerLiteral:
    case CXCursor_CharacterLiteral:
    case CXCursor_UnaryExpr: /* sizeof, _Alignof: operand not evaluated */
        return constant(lf, c);
    case CXCursor_ParenExpr:
        return paren(lf, c, used);
    case CXCursor_UnexposedExpr:
        return unexposed(lf, c, used);
    case CXCursor_CStyleCastExpr:
        return cast(lf, c, used);
    case CXCursor_DeclRefExpr:
        return decl_ref(lf, c);
    case CXCursor_MemberRefExpr:
    case CXCursor_ArraySubscriptExpr:
        return place_value(lf, lower_place(lf, c), c);
    case CXCursor_UnaryOperator:
        return unary(lf, c, used);
    case CXCursor_BinaryOperator:
        return binary(lf, c, used);
    case CXCursor_CompoundAssignOperator:
        return compound_assign(lf, c);
    case CXCursor_ConditionalOperator:
        if (used)
            return lower_cond_value(lf, c);
        lower_cond_effect(lf, c, LOWER_OP_UNKNOWN);
        return tl_opd_none();
    case CXCursor_CallExpr:
        return lower_call(lf, c, used, false);
    case CXCursor_StmtExpr:
        return stmt_expr(lf, c, used);
    case CXCursor_InitListExpr:
        return init_list(lf, c);
    case CXCursor_CompoundLiteralExpr: {
        CXCursor list = last_expr_child(c);
        if (!clang_Cursor_isNull(list))
            lower_value(lf, list);
        return opaque(lf, c);
    }
    case CXCursor_StringLiteral:
    case CXCursor_FloatingLiteral:
    case CXCursor_ImaginaryLiteral:
    case CXCursor_AddrLabelExpr:
    case CXCursor_BlockExpr:            /* its body runs elsewhere */
    case CXCursor_GenericSelectionExpr: /* only one association runs */
        return opaque(lf, c);
    default:
        return generic(lf, c);
    }
}

tl_operand lower_expr(lower_fn *lf, CXCursor c, bool used) {
    if (!lower_enter(lf))
        return tl_opd_opaque(NULL);
    tl_operand o = expr_dispatch(lf, c, used);
    lower_leave(lf);
    return o;
}

tl_operand lower_value(lower_fn *lf, CXCursor c) { return lower_expr(lf, c, true); }

void lower_effect(lower_fn *lf, CXCursor c) { lower_expr(lf, c, false); }
