/* Statements: the CFG.  Loops, switch, goto and break/continue are just
 * edges; `else if` chains and runs of labels are walked iteratively so
 * that only real nesting counts against the depth budget. */
#include "lower_internal.h"

#include <string.h>

/* The statement the next events belong to. */
static void set_stmt(lower_fn *lf, CXCursor c, bool in_compound, bool semicolon) {
    tl_range r = lower_extent(lf->lt, c);
    lf->stmt.range = semicolon ? lower_with_semicolon(lf->lt, r) : r;
    lf->stmt.in_compound = in_compound;
}

static int new_block(lower_fn *lf) { return tl_block_new(lf->f); }

/* A loop head: the current block when nothing happened in it yet (entering
 * it again is the same as entering a fresh one), else a fresh block. */
static int loop_head(lower_fn *lf) {
    if (lf->cur >= 0 && lf->cur != lf->f->entry && lf->f->blocks[lf->cur].nevents == 0)
        return lf->cur;
    int head = new_block(lf);
    lower_jump(lf, head);
    lf->cur = head;
    return head;
}

/* Looks through parentheses, conversions and casts to void. */
static CXCursor discarded_expr(CXCursor c) {
    for (;;) {
        c = lower_strip(c);
        if (clang_getCursorKind(c) != CXCursor_CStyleCastExpr ||
            !lower_type_is_void(clang_getCursorType(c)))
            return c;
        lower_kids k;
        lower_kids_get(&k, c, true);
        CXCursor inner = k.n ? k.v[k.n - 1] : clang_getNullCursor();
        lower_kids_free(&k);
        if (clang_Cursor_isNull(inner))
            return c;
        c = inner;
    }
}

static void expr_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    set_stmt(lf, c, in_compound, true);
    CXCursor e = discarded_expr(c);
    if (clang_getCursorKind(e) == CXCursor_CallExpr)
        lower_call(lf, e, false, true);
    else
        lower_effect(lf, c);
}

static void var_decl(lower_fn *lf, CXCursor d) {
    int var = lower_var_of_decl(lf, d, lf->scope);
    if (lf->f->vars[var].kind == TL_VAR_GLOBAL)
        return; /* static and extern locals are not initialised here */
    CXCursor init = clang_Cursor_getVarDeclInitializer(d);
    if (!clang_Cursor_isNull(init)) {
        lower_var_init(lf, var, init, d);
        return;
    }
    if (clang_getCanonicalType(clang_getCursorType(d)).kind == CXType_VariableArray) {
        lower_kids k; /* int a[n()]: the bound is evaluated */
        lower_kids_get(&k, d, true);
        for (int i = 0; i < k.n; i++)
            lower_effect(lf, k.v[i]);
        lower_kids_free(&k);
    }
}

static void decl_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    lower_kids k;
    lower_kids_get(&k, c, false);
    for (int i = 0; i < k.n && !lf->too_deep; i++) {
        if (clang_getCursorKind(k.v[i]) != CXCursor_VarDecl)
            continue;
        set_stmt(lf, c, in_compound, true);
        var_decl(lf, k.v[i]);
    }
    lower_kids_free(&k);
}

/* Braces the user wrote open a block as written (tl_func_add_scope). */
static bool written_braces(lower_fn *lf, tl_range r) {
    size_t n = 0;
    const char *s = lower_span(lf->lt, r, &n);
    return tl_src_opens_brace(s, n);
}

/* The body of a control statement the user wrote (spelled `keyword`) is a
 * block as written even without braces: `if (m) pthread_cleanup_pop(1);`
 * puts the pop in a block of its own.  Written braces record themselves. */
static void body_scope(lower_fn *lf, CXCursor stmt, const char *keyword, CXCursor body) {
    tl_range r = lower_extent(lf->lt, body);
    if (!written_braces(lf, r) && lower_spelled_with(lf->lt, lower_extent(lf->lt, stmt), keyword))
        tl_func_add_scope(lf->f, r);
}

void lower_compound(lower_fn *lf, CXCursor c, tl_operand *value) {
    tl_range saved = lf->scope;
    lf->scope = lower_extent(lf->lt, c);
    if (written_braces(lf, lf->scope))
        tl_func_add_scope(lf->f, lf->scope);
    lower_kids k;
    lower_kids_get(&k, c, false);
    for (int i = 0; i < k.n && !lf->too_deep; i++) {
        if (value && i == k.n - 1 && lower_is_expr(k.v[i])) {
            set_stmt(lf, k.v[i], true, true);
            *value = lower_value(lf, k.v[i]);
        } else {
            lower_stmt(lf, k.v[i], true);
        }
    }
    lower_kids_free(&k);
    lf->scope = saved;
}

/* ---- branches and loops ------------------------------------------------------------ */

static void if_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    int after = new_block(lf);
    for (;;) { /* one round per `else if` */
        lower_kids k;
        lower_kids_get(&k, c, false);
        if (k.n < 2) {
            lower_kids_free(&k);
            break;
        }
        CXCursor cond = k.v[0], then = k.v[1], other = k.v[k.n - 1];
        bool has_else = k.n >= 3;
        lower_kids_free(&k);
        int then_b = new_block(lf), else_b = has_else ? new_block(lf) : after;
        set_stmt(lf, c, in_compound, false);
        int at = lower_cur(lf), nblocks = lf->f->nblocks;
        lower_cond(lf, cond, then_b, else_b);
        if (!has_else) {
            tl_range r = lower_extent(lf->lt, c);
            if (lower_spelled_with(lf->lt, r, "if"))
                tl_block_mark_if(lf->f, at, nblocks, then_b, else_b, r.begin);
        }
        lf->cur = then_b;
        body_scope(lf, c, "if", then);
        lower_stmt(lf, then, false);
        lower_jump(lf, after);
        if (!has_else)
            break;
        lf->cur = else_b;
        if (clang_getCursorKind(other) == CXCursor_IfStmt && !lf->too_deep) {
            c = other;
            in_compound = false;
            continue;
        }
        body_scope(lf, c, "if", other);
        lower_stmt(lf, other, false);
        lower_jump(lf, after);
        break;
    }
    lower_jump(lf, after);
    lf->cur = after;
}

static void targets_push(lower_targets *s, lower_target t) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->v = lower_xrealloc(s->v, sizeof *s->v * (size_t)s->cap);
    }
    s->v[s->n++] = t;
}

/* Break (and continue) inside statement c, spelled `keyword` when the user
 * wrote it, land in `block`.  A loop is hidden in a macro when the macro
 * invocation that wrote it wrote its body's start too (`do {` of
 * pthread_cleanup_push); a foreach macro's loop runs a body the user
 * wrote, and breaking out of it is meant. */
static lower_target target(lower_fn *lf, CXCursor c, const char *keyword, CXCursor body,
                           int block) {
    tl_range r = lower_extent(lf->lt, c);
    bool hidden = !lower_spelled_with(lf->lt, r, keyword) &&
                  tl_loc_same(lower_extent(lf->lt, body).begin, r.begin);
    return (lower_target){block, r.begin, hidden};
}

static void push_loop(lower_fn *lf, CXCursor c, const char *keyword, CXCursor body, int brk,
                      int cont) {
    targets_push(&lf->breaks, target(lf, c, keyword, body, brk));
    targets_push(&lf->continues, target(lf, c, keyword, body, cont));
}

static void pop_loop(lower_fn *lf) {
    lf->breaks.n--;
    lf->continues.n--;
}

static void while_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    lower_kids k;
    lower_kids_get(&k, c, false);
    if (k.n < 2) {
        lower_kids_free(&k);
        return;
    }
    CXCursor cond = k.v[0], body = k.v[k.n - 1];
    lower_kids_free(&k);
    int head = loop_head(lf), body_b = new_block(lf), after = new_block(lf);
    set_stmt(lf, c, in_compound, false);
    lower_cond(lf, cond, body_b, after);
    push_loop(lf, c, "while", body, after, head);
    lf->cur = body_b;
    body_scope(lf, c, "while", body);
    lower_stmt(lf, body, false);
    lower_jump(lf, head);
    pop_loop(lf);
    lf->cur = after;
}

static bool is_literal_zero(CXCursor c) {
    long long v;
    c = lower_strip(c);
    return clang_getCursorKind(c) == CXCursor_IntegerLiteral && lower_eval_int(c, &v) && v == 0;
}

/* do { } while (0), the macro idiom, runs its body once: no loop at all. */
static void do_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    lower_kids k;
    lower_kids_get(&k, c, false);
    if (k.n < 2) {
        lower_kids_free(&k);
        return;
    }
    CXCursor body = k.v[0], cond = k.v[k.n - 1];
    lower_kids_free(&k);
    body_scope(lf, c, "do", body);
    int after = new_block(lf);
    if (is_literal_zero(cond)) {
        push_loop(lf, c, "do", body, after, after);
        lower_stmt(lf, body, false);
        pop_loop(lf);
        lower_jump(lf, after);
        lf->cur = after;
        return;
    }
    int body_b = new_block(lf), cond_b = new_block(lf);
    lower_jump(lf, body_b);
    push_loop(lf, c, "do", body, after, cond_b);
    lf->cur = body_b;
    lower_stmt(lf, body, false);
    lower_jump(lf, cond_b);
    pop_loop(lf);
    lf->cur = cond_b;
    set_stmt(lf, c, in_compound, true);
    lower_cond(lf, cond, body_b, after);
    lf->cur = after;
}

static bool is_init_like(lower_fn *lf, CXCursor c) {
    if (clang_getCursorKind(c) == CXCursor_DeclStmt)
        return true;
    CXCursor s = lower_strip(c);
    lower_kids k;
    lower_kids_get(&k, s, true);
    bool assign = clang_getCursorKind(s) == CXCursor_BinaryOperator && k.n == 2 &&
                  lower_binop(lf->lt, s, k.v[0], k.v[1]) == LOWER_OP_ASSIGN;
    lower_kids_free(&k);
    return assign;
}

/* libclang leaves absent for-header parts out; place the present ones by
 * the header's ';'s, or guess when the header comes from a macro. */
static void for_parts(lower_fn *lf, CXCursor c, const lower_kids *k, CXCursor parts[3]) {
    for (int i = 0; i < 3; i++)
        parts[i] = clang_getNullCursor();
    int n = k->n - 1; /* the last child is the body */
    unsigned marks[3];
    if (lower_for_header(lf->lt, lower_extent(lf->lt, c).begin, marks)) {
        for (int i = 0; i < n; i++) {
            unsigned at = lower_extent(lf->lt, k->v[i]).begin.offset;
            parts[at < marks[0] ? 0 : at < marks[1] ? 1 : 2] = k->v[i];
        }
        return;
    }
    if (n == 3) {
        memcpy(parts, k->v, sizeof *parts * 3);
    } else if (n == 2) {
        bool init = is_init_like(lf, k->v[0]);
        parts[init ? 0 : 1] = k->v[0];
        parts[init ? 1 : 2] = k->v[1];
    } else if (n == 1) {
        parts[is_init_like(lf, k->v[0]) ? 0 : 1] = k->v[0];
    }
}

static void for_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    lower_kids k;
    lower_kids_get(&k, c, false);
    if (k.n < 1) {
        lower_kids_free(&k);
        return;
    }
    CXCursor parts[3], body = k.v[k.n - 1];
    for_parts(lf, c, &k, parts);
    lower_kids_free(&k);
    tl_range saved = lf->scope;
    lf->scope = lower_extent(lf->lt, c); /* where a for-init variable is visible */
    set_stmt(lf, c, in_compound, false);
    if (!clang_Cursor_isNull(parts[0])) {
        if (clang_getCursorKind(parts[0]) == CXCursor_DeclStmt)
            lower_stmt(lf, parts[0], false);
        else
            lower_effect(lf, parts[0]);
    }
    int head = loop_head(lf), body_b = new_block(lf), after = new_block(lf);
    int next = clang_Cursor_isNull(parts[2]) ? head : new_block(lf); /* continue */
    if (!clang_Cursor_isNull(parts[1])) {
        set_stmt(lf, c, in_compound, false);
        lower_cond(lf, parts[1], body_b, after);
    } else {
        lower_jump(lf, body_b); /* for (;;) */
    }
    push_loop(lf, c, "for", body, after, next);
    lf->cur = body_b;
    body_scope(lf, c, "for", body);
    lower_stmt(lf, body, false);
    lower_jump(lf, next);
    pop_loop(lf);
    if (next != head) {
        lf->cur = next;
        set_stmt(lf, c, in_compound, false);
        lower_effect(lf, parts[2]);
        lower_jump(lf, head);
    }
    lf->cur = after;
    lf->scope = saved;
}

/* ---- switch and labels ------------------------------------------------------------- */

static void switch_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    lower_kids k;
    lower_kids_get(&k, c, false);
    if (k.n < 2) {
        lower_kids_free(&k);
        return;
    }
    CXCursor cond = k.v[0], body = k.v[k.n - 1];
    lower_kids_free(&k);
    set_stmt(lf, c, in_compound, false);
    tl_operand scrutinee = lower_value(lf, cond);
    int sw = lower_cur(lf);
    tl_block_switch(lf->f, sw, &scrutinee, lower_cursor_text(lf->lt, cond));
    lf->f->blocks[sw].term_loc = lower_extent(lf->lt, cond).begin; /* for path notes */
    lf->cur = -1; /* code before the first label is unreachable */
    int after = new_block(lf);
    targets_push(&lf->breaks, target(lf, c, "switch", body, after));
    lower_ints_push(&lf->switches, sw);
    lower_ints_push(&lf->switch_has_default, 0);
    body_scope(lf, c, "switch", body);
    lower_stmt(lf, body, false);
    lower_jump(lf, after);
    bool has_default = lower_ints_top(&lf->switch_has_default) > 0;
    lf->breaks.n--;
    lower_ints_pop(&lf->switches);
    lower_ints_pop(&lf->switch_has_default);
    if (!has_default)
        lf->f->blocks[sw].default_succ = after;
    lf->cur = after;
}

static int label_block(lower_fn *lf, const char *name) {
    for (int i = 0; i < lf->nlabels; i++)
        if (strcmp(lf->labels[i].name, name) == 0)
            return lf->labels[i].block;
    if (lf->nlabels == lf->label_cap) {
        lf->label_cap = lf->label_cap ? lf->label_cap * 2 : 8;
        lf->labels = lower_xrealloc(lf->labels, sizeof *lf->labels * (size_t)lf->label_cap);
    }
    int b = new_block(lf);
    lf->labels[lf->nlabels++] = (lower_label){tl_arena_strdup(lf->f->arena, name), b};
    return b;
}

static long long case_value(CXCursor e) {
    long long v;
    /* not an integer constant (broken code): keep the block reachable */
    return lower_eval_int(e, &v) ? v : 0;
}

/* A case/default/label opens a block that the code before falls into. */
static void open_label(lower_fn *lf, int block) {
    lower_jump(lf, block);
    lf->cur = block;
}

/* `case 1: case 2: out: stmt` nests each label in the previous one. */
static void labels(lower_fn *lf, CXCursor c) {
    for (;;) {
        enum CXCursorKind kind = clang_getCursorKind(c);
        lower_kids k;
        lower_kids_get(&k, c, false);
        if (k.n == 0) {
            lower_kids_free(&k);
            return;
        }
        CXCursor sub = k.v[k.n - 1];
        int sw = lower_ints_top(&lf->switches);
        if (kind == CXCursor_CaseStmt && k.n >= 2) {
            long long lo = case_value(k.v[0]);
            long long hi = k.n >= 3 ? case_value(k.v[1]) : lo; /* case lo ... hi: */
            int b = new_block(lf);
            open_label(lf, b);
            if (sw >= 0)
                tl_block_add_case(lf->f, sw, lo, hi, b);
        } else if (kind == CXCursor_DefaultStmt) {
            int b = new_block(lf);
            open_label(lf, b);
            if (sw >= 0) {
                lf->f->blocks[sw].default_succ = b;
                lf->switch_has_default.v[lf->switch_has_default.n - 1] = 1;
            }
        } else if (kind == CXCursor_LabelStmt) {
            CXString name = clang_getCursorSpelling(c);
            open_label(lf, label_block(lf, clang_getCString(name)));
            clang_disposeString(name);
        }
        lower_kids_free(&k);
        enum CXCursorKind next = clang_getCursorKind(sub);
        if (next != CXCursor_CaseStmt && next != CXCursor_DefaultStmt &&
            next != CXCursor_LabelStmt) {
            lower_stmt(lf, sub, false);
            return;
        }
        c = sub;
    }
}

/* ---- jumps ---------------------------------------------------------------------------- */

/* The JUMP event before a written break/continue/goto: where it lands, so
 * the core knows which scopes it leaves. */
static void jump_event(lower_fn *lf, CXCursor c, tl_jump_kind kind, tl_loc to, bool into_macro,
                       bool in_compound) {
    static const char *const keyword[] = {"break", "continue", "goto"};
    set_stmt(lf, c, in_compound, true);
    tl_event *e = lower_event(lf, TL_EV_JUMP, c);
    if (!lower_spelled_with(lf->lt, lower_extent(lf->lt, c), keyword[kind]))
        e->stmt_flags = TL_STMT_IN_MACRO; /* a macro wrote it: no fix-it goes there */
    e->jump = kind;
    e->jump_target = to;
    e->jump_flags = into_macro ? TL_JUMP_INTO_MACRO_LOOP : 0;
}

static void goto_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    lower_kids k;
    lower_kids_get(&k, c, false);
    if (k.n) {
        CXCursor label = clang_getCursorReferenced(k.v[0]);
        if (!clang_Cursor_isNull(label))
            jump_event(lf, c, TL_JUMP_GOTO, lower_extent(lf->lt, label).begin, false, in_compound);
        CXString name = clang_getCursorSpelling(k.v[0]);
        lower_jump(lf, label_block(lf, clang_getCString(name)));
        clang_disposeString(name);
    }
    lower_kids_free(&k);
}

static void return_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    set_stmt(lf, c, in_compound, true);
    lower_kids k;
    lower_kids_get(&k, c, true);
    bool has_value = k.n > 0;
    tl_operand v = has_value ? lower_value(lf, k.v[0]) : tl_opd_none();
    lower_kids_free(&k);
    /* a return from a macro body is no place for a fix-it */
    bool spelled = lower_spelled_with(lf->lt, lf->stmt.range, "return");
    tl_block_return(lf->f, lower_cur(lf), has_value ? &v : NULL, lf->stmt.range.begin,
                    lf->stmt.range,
                    !spelled ? TL_STMT_IN_MACRO : in_compound ? TL_STMT_IN_COMPOUND : 0);
    lf->cur = -1;
}

/* break/continue: a user-written one that binds to a loop a macro wrote
 * (`do { ... } while (0)` hidden in it) is flagged. */
static void jump_to(lower_fn *lf, CXCursor c, tl_jump_kind kind, const lower_targets *targets,
                    bool in_compound) {
    if (!targets->n)
        return;
    const lower_target *t = &targets->v[targets->n - 1];
    bool written = lower_spelled_with(lf->lt, lower_extent(lf->lt, c),
                                      kind == TL_JUMP_BREAK ? "break" : "continue");
    jump_event(lf, c, kind, t->at, t->from_macro && written, in_compound);
    lower_jump(lf, t->block);
}

/* asm, attributed statements, anything unknown: lower what is inside. */
static void other_stmt(lower_fn *lf, CXCursor c, bool asm_stmt) {
    lower_kids k;
    lower_kids_get(&k, c, false);
    for (int i = 0; i < k.n && !lf->too_deep; i++) {
        if (!lower_is_expr(k.v[i])) {
            if (clang_isStatement(clang_getCursorKind(k.v[i])))
                lower_stmt(lf, k.v[i], false);
            continue;
        }
        tl_operand o = lower_value(lf, k.v[i]);
        if (o.kind == TL_OPD_ADDR || (asm_stmt && o.kind == TL_OPD_PLACE))
            lower_escape(lf, o.place, k.v[i]); /* asm may do anything with it */
    }
    lower_kids_free(&k);
}

static void stmt_dispatch(lower_fn *lf, CXCursor c, bool in_compound) {
    enum CXCursorKind kind = clang_getCursorKind(c);
    if (clang_isExpression(kind)) {
        expr_stmt(lf, c, in_compound);
        return;
    }
    switch (kind) {
    case CXCursor_CompoundStmt:
        lower_compound(lf, c, NULL);
        break;
    case CXCursor_DeclStmt:
        decl_stmt(lf, c, in_compound);
        break;
    case CXCursor_IfStmt:
        if_stmt(lf, c, in_compound);
        break;
    case CXCursor_WhileStmt:
        while_stmt(lf, c, in_compound);
        break;
    case CXCursor_DoStmt:
        do_stmt(lf, c, in_compound);
        break;
    case CXCursor_ForStmt:
        for_stmt(lf, c, in_compound);
        break;
    case CXCursor_SwitchStmt:
        switch_stmt(lf, c, in_compound);
        break;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
    case CXCursor_LabelStmt:
        labels(lf, c);
        break;
    case CXCursor_GotoStmt:
        goto_stmt(lf, c, in_compound);
        break;
    case CXCursor_IndirectGotoStmt: /* goto *p: we cannot follow it */
        set_stmt(lf, c, in_compound, true);
        other_stmt(lf, c, false);
        lower_noreturn(lf, lower_extent(lf->lt, c).begin);
        break;
    case CXCursor_BreakStmt:
        jump_to(lf, c, TL_JUMP_BREAK, &lf->breaks, in_compound);
        break;
    case CXCursor_ContinueStmt:
        jump_to(lf, c, TL_JUMP_CONTINUE, &lf->continues, in_compound);
        break;
    case CXCursor_ReturnStmt:
        return_stmt(lf, c, in_compound);
        break;
    case CXCursor_NullStmt:
        break;
    case CXCursor_GCCAsmStmt:
    case CXCursor_MSAsmStmt:
        set_stmt(lf, c, in_compound, true);
        other_stmt(lf, c, true);
        break;
    default:
        other_stmt(lf, c, false);
        break;
    }
}

void lower_stmt(lower_fn *lf, CXCursor c, bool in_compound) {
    if (!lower_enter(lf))
        return;
    stmt_dispatch(lf, c, in_compound);
    lower_leave(lf);
}
