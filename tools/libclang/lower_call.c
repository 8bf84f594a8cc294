/* Calls: the CALL event with its operands and statement context, and the
 * end of the block after a callee that never returns. */
#include "lower_internal.h"

#include <string.h>

#include "lifecycle.h"

/* The FunctionDecl a call names directly, or a null cursor (indirect). */
static CXCursor direct_callee(CXCursor callee) {
    CXCursor s = lower_strip(callee);
    if (clang_getCursorKind(s) == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(s);
        if (clang_getCursorKind(d) == CXCursor_FunctionDecl)
            return d;
    }
    return clang_getNullCursor();
}

static bool is_expect(const char *name) {
    return strcmp(name, "__builtin_expect") == 0 ||
           strcmp(name, "__builtin_expect_with_probability") == 0;
}

CXCursor lower_expect_arg(CXCursor call) {
    lower_kids k;
    lower_kids_get(&k, call, true);
    CXCursor arg = clang_getNullCursor();
    if (k.n >= 2) {
        CXCursor fn = direct_callee(k.v[0]);
        if (!clang_Cursor_isNull(fn)) {
            CXString name = clang_getCursorSpelling(fn);
            if (is_expect(clang_getCString(name)))
                arg = k.v[1];
            clang_disposeString(name);
        }
    }
    lower_kids_free(&k);
    return arg;
}

typedef struct attr_scan {
    lower_tu *lt;
    bool noreturn;
} attr_scan;

static enum CXChildVisitResult attr_visitor(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    attr_scan *as = data;
    if (!clang_isAttribute(clang_getCursorKind(c)))
        return CXChildVisit_Continue;
    size_t n = 0;
    const char *s = lower_span(as->lt, lower_extent(as->lt, c), &n);
    for (size_t i = 0; s && i + 8 <= n; i++) {
        /* _Noreturn, noreturn, [[noreturn]], __noreturn__ */
        if (memcmp(s + i, "noreturn", 8) == 0 || memcmp(s + i, "Noreturn", 8) == 0) {
            as->noreturn = true;
            return CXChildVisit_Break;
        }
    }
    return CXChildVisit_Continue;
}

/* __attribute__((noreturn)) shows in the function type; _Noreturn and
 * [[noreturn]] only as attributes of the declaration. */
static bool declared_noreturn(lower_tu *lt, CXCursor fn) {
    CXString type = clang_getTypeSpelling(clang_getCursorType(fn));
    const char *t = clang_getCString(type);
    bool nr = t && strstr(t, "noreturn");
    clang_disposeString(type);
    if (nr)
        return true;
    attr_scan as = {lt, false};
    clang_visitChildren(fn, attr_visitor, &as);
    return as.noreturn;
}

static bool never_returns(lower_tu *lt, CXCursor fn, const char *name) {
    if (tl_tu_is_noreturn(lt->tu, name))
        return true;
    CXCursor canon = clang_getCanonicalCursor(fn);
    int known = lower_map_get(&lt->noreturn, canon);
    if (known >= 0)
        return known;
    bool nr = declared_noreturn(lt, fn);
    lower_map_put(&lt->noreturn, canon, nr);
    if (nr)
        tl_tu_add_noreturn(lt->tu, name);
    return nr;
}

tl_operand lower_call(lower_fn *lf, CXCursor call, bool used, bool whole_stmt) {
    tl_func *f = lf->f;
    lower_kids k; /* callee, then the arguments */
    lower_kids_get(&k, call, true);
    if (k.n == 0) {
        lower_kids_free(&k);
        return tl_opd_opaque(lower_cursor_text(lf->lt, call));
    }
    CXCursor fn = direct_callee(k.v[0]);
    const char *name = NULL;
    tl_callee_kind kind = TL_CALLEE_INDIRECT;
    if (!clang_Cursor_isNull(fn)) {
        name = lower_cxstring(f->arena, clang_getCursorSpelling(fn));
        kind = lower_definition(lf->lt, fn) < 0 ? TL_CALLEE_EXTERNAL : TL_CALLEE_DEFINED;
        lower_want(lf->lt, fn);
    } else {
        lower_value(lf, k.v[0]); /* get_ops()->start(...) */
    }
    if (name && is_expect(name) && k.n >= 2) { /* likely(e): just e */
        tl_operand o = lower_expr(lf, k.v[1], used);
        for (int i = 2; i < k.n; i++)
            lower_effect(lf, k.v[i]);
        lower_kids_free(&k);
        return o;
    }
    int nargs = k.n - 1;
    tl_operand *args = nargs ? tl_arena_alloc(f->arena, sizeof *args * (size_t)nargs) : NULL;
    for (int i = 0; i < nargs; i++)
        args[i] = lower_value(lf, k.v[i + 1]);
    if (name && nargs > 0 && tl_is_exit_registrar(name)) { /* atexit(fini) */
        CXCursor fini = direct_callee(k.v[1]);
        if (!clang_Cursor_isNull(fini))
            lower_want_always(lf->lt, fini);
    }
    lower_kids_free(&k);

    tl_event *e = lower_event(lf, TL_EV_CALL, call);
    e->callee = name;
    e->callee_kind = kind;
    e->nargs = nargs;
    e->args = args;
    if (!lower_type_is_void(clang_getCursorType(call)))
        e->result_temp = f->ntemps++;
    if (whole_stmt)
        e->stmt_flags |= TL_STMT_IS_EXPR_STMT;
    if (name && !lower_spelled_with(lf->lt, e->range, name)) {
        e->stmt_flags &= ~(unsigned)(TL_STMT_IS_EXPR_STMT | TL_STMT_IN_COMPOUND);
        e->stmt_flags |= TL_STMT_IN_MACRO;
    }
    if (used)
        e->stmt_flags |= TL_STMT_RESULT_USED;
    tl_operand result = e->result_temp >= 0 ? tl_opd_temp(e->result_temp, name, e->text)
                                            : tl_opd_none();
    tl_loc loc = e->loc;
    if (name && never_returns(lf->lt, fn, name))
        lower_noreturn(lf, loc);
    return result;
}
