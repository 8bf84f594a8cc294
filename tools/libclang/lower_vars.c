/* Variables: one tl_var per distinct declaration (shadowing declarations get
 * their own), found again through the canonical declaration cursor. */
#include "lower_internal.h"

static tl_var_kind var_kind(CXCursor decl) {
    if (clang_getCursorKind(decl) == CXCursor_ParmDecl)
        return TL_VAR_LOCAL; /* a parameter of something else, e.g. a block */
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(decl);
    if (sc == CX_SC_Static || sc == CX_SC_Extern)
        return TL_VAR_GLOBAL;
    enum CXCursorKind parent = clang_getCursorKind(clang_getCursorSemanticParent(decl));
    return parent == CXCursor_FunctionDecl ? TL_VAR_LOCAL : TL_VAR_GLOBAL;
}

static int add_var(lower_fn *lf, CXCursor decl, tl_var_kind kind, int param_index,
                   tl_range scope) {
    tl_func *f = lf->f;
    const char *name = lower_cxstring(f->arena, clang_getCursorSpelling(decl));
    int v = tl_func_add_var(f, name, kind, param_index);
    CXType t = clang_getCursorType(decl);
    f->vars[v].is_array = lower_type_is_array(t);
    f->vars[v].is_pointer = lower_type_is_pointer(t);
    f->vars[v].scope = scope;
    /* the first declaration: from there on, the name is visible */
    CXCursor first = clang_getCanonicalCursor(decl);
    f->vars[v].decl = lower_loc(lf->lt, clang_getCursorLocation(first));
    f->vars[v].at_file_scope =
        clang_getCursorKind(clang_getCursorSemanticParent(decl)) == CXCursor_TranslationUnit;
    lower_map_put(&lf->vars, first, v);
    return v;
}

int lower_var_of_decl(lower_fn *lf, CXCursor decl, tl_range scope) {
    int v = lower_map_get(&lf->vars, clang_getCanonicalCursor(decl));
    if (v >= 0)
        return v;
    tl_var_kind kind = var_kind(decl);
    /* A global's name is visible in the whole body as far as we care. */
    return add_var(lf, decl, kind, -1, kind == TL_VAR_GLOBAL ? lf->f->body : scope);
}

void lower_params(lower_fn *lf, CXCursor fn) {
    int n = clang_Cursor_getNumArguments(fn);
    lf->f->nparams = n > 0 ? n : 0;
    for (int i = 0; i < n; i++)
        add_var(lf, clang_Cursor_getArgument(fn, (unsigned)i), TL_VAR_PARAM, i, lf->f->body);
}

/* A compound literal in a body is an object of its block, as a local is
 * (C11 6.5.2.5): a variable of its own, named as written. */
int lower_literal_var(lower_fn *lf, CXCursor literal) {
    tl_func *f = lf->f;
    int v = tl_func_add_var(f, lower_cursor_text(lf->lt, literal), TL_VAR_LOCAL, -1);
    f->vars[v].scope = lf->scope;
    return v;
}

int lower_synth_var(lower_fn *lf) {
    tl_func *f = lf->f;
    const char *name = tl_arena_printf(f->arena, "%%cond%d", lf->nsynth++);
    int v = tl_func_add_var(f, name, TL_VAR_LOCAL, -1);
    f->vars[v].scope = lf->scope;
    return v;
}
