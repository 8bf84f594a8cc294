/* Scratch containers and cursor helpers for the libclang front end. */
#include "lower_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *lower_xrealloc(void *p, size_t size) {
    void *q = realloc(p, size ? size : 1);
    if (!q) {
        fputs("threadlint: out of memory\n", stderr);
        abort();
    }
    return q;
}

/* ---- children ------------------------------------------------------------- */

typedef struct kids_visit {
    lower_kids *k;
    bool exprs_only;
} kids_visit;

void lower_kids_init(lower_kids *k) {
    k->v = k->small;
    k->n = 0;
    k->cap = (int)(sizeof k->small / sizeof k->small[0]);
}

void lower_kids_push(lower_kids *k, CXCursor c) {
    if (k->n == k->cap) {
        int cap = k->cap * 2;
        if (k->v == k->small) {
            k->v = lower_xrealloc(NULL, sizeof *k->v * (size_t)cap);
            memcpy(k->v, k->small, sizeof k->small);
        } else {
            k->v = lower_xrealloc(k->v, sizeof *k->v * (size_t)cap);
        }
        k->cap = cap;
    }
    k->v[k->n++] = c;
}

static enum CXChildVisitResult kids_visitor(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    kids_visit *kv = data;
    if (!kv->exprs_only || lower_is_expr(c))
        lower_kids_push(kv->k, c);
    return CXChildVisit_Continue;
}

void lower_kids_get(lower_kids *k, CXCursor parent, bool exprs_only) {
    lower_kids_init(k);
    kids_visit kv = {k, exprs_only};
    clang_visitChildren(parent, kids_visitor, &kv);
}

void lower_kids_free(lower_kids *k) {
    if (k->v != k->small)
        free(k->v);
    k->v = k->small;
    k->n = 0;
}

/* ---- int stacks ------------------------------------------------------------ */

void lower_ints_push(lower_ints *s, int v) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->v = lower_xrealloc(s->v, sizeof *s->v * (size_t)s->cap);
    }
    s->v[s->n++] = v;
}

int lower_ints_top(const lower_ints *s) { return s->n ? s->v[s->n - 1] : -1; }

void lower_ints_pop(lower_ints *s) {
    if (s->n)
        s->n--;
}

void lower_ints_free(lower_ints *s) {
    free(s->v);
    memset(s, 0, sizeof *s);
}

/* ---- cursor map -------------------------------------------------------------- */

static int map_find(const lower_map *m, CXCursor key) {
    if (!m->cap)
        return -1;
    unsigned mask = (unsigned)m->cap - 1;
    for (unsigned i = clang_hashCursor(key) & mask; m->slots[i].used; i = (i + 1) & mask)
        if (clang_equalCursors(m->slots[i].key, key))
            return (int)i;
    return -1;
}

int lower_map_get(const lower_map *m, CXCursor key) {
    int i = map_find(m, key);
    return i < 0 ? -1 : m->slots[i].value;
}

static void map_insert(lower_map *m, CXCursor key, int value) {
    unsigned mask = (unsigned)m->cap - 1;
    unsigned i = clang_hashCursor(key) & mask;
    while (m->slots[i].used)
        i = (i + 1) & mask;
    m->slots[i] = (lower_map_slot){.key = key, .value = value, .used = true};
    m->n++;
}

void lower_map_put(lower_map *m, CXCursor key, int value) {
    int i = map_find(m, key);
    if (i >= 0) {
        m->slots[i].value = value;
        return;
    }
    if ((m->n + 1) * 2 > m->cap) {
        lower_map old = *m;
        m->cap = old.cap ? old.cap * 2 : 32;
        m->n = 0;
        m->slots = lower_xrealloc(NULL, sizeof *m->slots * (size_t)m->cap);
        memset(m->slots, 0, sizeof *m->slots * (size_t)m->cap);
        for (int j = 0; j < old.cap; j++)
            if (old.slots[j].used)
                map_insert(m, old.slots[j].key, old.slots[j].value);
        free(old.slots);
    }
    map_insert(m, key, value);
}

void lower_map_free(lower_map *m) {
    free(m->slots);
    memset(m, 0, sizeof *m);
}

/* ---- libclang helpers ----------------------------------------------------------- */

char *lower_cxstring(tl_arena *a, CXString s) {
    const char *c = clang_getCString(s);
    char *copy = tl_arena_strdup(a, c ? c : "");
    clang_disposeString(s);
    return copy;
}

bool lower_type_is_array(CXType t) {
    switch (clang_getCanonicalType(t).kind) {
    case CXType_ConstantArray:
    case CXType_IncompleteArray:
    case CXType_VariableArray:
    case CXType_DependentSizedArray:
        return true;
    default:
        return false;
    }
}

bool lower_type_is_pointer(CXType t) {
    enum CXTypeKind k = clang_getCanonicalType(t).kind;
    return k == CXType_Pointer || k == CXType_BlockPointer;
}

bool lower_type_is_void(CXType t) { return clang_getCanonicalType(t).kind == CXType_Void; }

bool lower_is_expr(CXCursor c) { return clang_isExpression(clang_getCursorKind(c)) != 0; }

typedef struct only_child {
    CXCursor child;
    int n;
} only_child;

static enum CXChildVisitResult only_child_visitor(CXCursor c, CXCursor parent,
                                                  CXClientData data) {
    (void)parent;
    only_child *oc = data;
    if (!lower_is_expr(c))
        return CXChildVisit_Continue;
    oc->child = c;
    return ++oc->n > 1 ? CXChildVisit_Break : CXChildVisit_Continue;
}

CXCursor lower_only_child(CXCursor c) {
    only_child oc = {clang_getNullCursor(), 0};
    clang_visitChildren(c, only_child_visitor, &oc);
    return oc.n == 1 ? oc.child : clang_getNullCursor();
}

static bool is_ext_vector_or_pointer(CXType t) {
    t = clang_getCanonicalType(t);
    if (t.kind == CXType_Pointer)
        t = clang_getCanonicalType(clang_getPointeeType(t));
    return t.kind == CXType_ExtVector;
}

CXCursor lower_wrapped(CXCursor c) {
    CXCursor inner = lower_only_child(c);
    if (clang_Cursor_isNull(inner))
        return inner;
    if (clang_getCursorKind(c) == CXCursor_ParenExpr)
        return inner;
    /* An implicit conversion spans exactly its operand; va_arg(ap, T) or
     * v.xy span more than theirs.  Extents cost a lex each, and a
     * conversion is where its operand is (libclang's location looks through
     * it): of the others only v.xy starts there, on an ext vector. */
    if (clang_equalLocations(clang_getCursorLocation(c), clang_getCursorLocation(inner)) &&
        !is_ext_vector_or_pointer(clang_getCursorType(inner)))
        return inner;
    if (clang_equalRanges(clang_getCursorExtent(c), clang_getCursorExtent(inner)))
        return inner;
    return clang_getNullCursor();
}

CXCursor lower_strip(CXCursor c) {
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
            return c;
        CXCursor inner = lower_wrapped(c);
        if (clang_Cursor_isNull(inner))
            return c;
        c = inner;
    }
}

bool lower_eval_int(CXCursor c, long long *out) {
    CXEvalResult r = clang_Cursor_Evaluate(c);
    if (!r)
        return false;
    bool ok = clang_EvalResult_getKind(r) == CXEval_Int;
    if (ok)
        *out = clang_EvalResult_isUnsignedInt(r)
                   ? (long long)clang_EvalResult_getAsUnsigned(r)
                   : clang_EvalResult_getAsLongLong(r);
    clang_EvalResult_dispose(r);
    return ok;
}

/* ---- recursion budget ------------------------------------------------------------ */

bool lower_enter(lower_fn *lf) {
    if (lf->too_deep)
        return false;
    if (lf->depth >= lf->max_depth) {
        lf->too_deep = true;
        return false;
    }
    lf->depth++;
    return true;
}

void lower_leave(lower_fn *lf) { lf->depth--; }

/* ---- current block ----------------------------------------------------------------- */

int lower_cur(lower_fn *lf) {
    if (lf->cur < 0)
        lf->cur = tl_block_new(lf->f);
    return lf->cur;
}

void lower_jump(lower_fn *lf, int to) {
    if (lf->cur >= 0)
        tl_block_jump(lf->f, lf->cur, to);
    lf->cur = -1;
}

void lower_branch(lower_fn *lf, const tl_cond *cond, int t, int f) {
    tl_block_branch(lf->f, lower_cur(lf), cond, t, f);
    lf->cur = -1;
}

void lower_noreturn(lower_fn *lf, tl_loc loc) {
    tl_block_noreturn(lf->f, lower_cur(lf), loc);
    lf->cur = -1;
}
