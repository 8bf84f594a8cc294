// Variables: one tl_var per distinct declaration (shadowing declarations
// get their own), found again through the canonical declaration (the twin
// of tools/libclang/lower_vars.c).
#include "lower_internal.h"

using namespace clang;

namespace threadlint {

// ---- variables ------------------------------------------------------------------

static tl_var_kind varKind(const VarDecl *d) {
    if (isa<ParmVarDecl>(d))
        return TL_VAR_LOCAL; // a parameter of something else, e.g. a block
    StorageClass sc = d->getStorageClass();
    if (sc == SC_Static || sc == SC_Extern)
        return TL_VAR_GLOBAL;
    return isa<FunctionDecl>(d->getDeclContext()) ? TL_VAR_LOCAL : TL_VAR_GLOBAL;
}

int LowerFn::addVar(const VarDecl *d, tl_var_kind kind, int paramIndex, tl_range sc) {
    const char *name = declName(f->arena, d);
    int v = tl_func_add_var(f, name, kind, paramIndex);
    f->vars[v].is_array = typeIsArray(d->getType());
    f->vars[v].is_pointer = typeIsPointer(d->getType());
    f->vars[v].scope = sc;
    // the first declaration: from there on, the name is visible
    f->vars[v].decl = lt.loc(d->getCanonicalDecl()->getLocation());
    f->vars[v].at_file_scope = d->getDeclContext()->getRedeclContext()->isFileContext();
    vars[d->getCanonicalDecl()] = v;
    return v;
}

int LowerFn::varOfDecl(const VarDecl *d, tl_range sc) {
    auto it = vars.find(d->getCanonicalDecl());
    if (it != vars.end())
        return it->second;
    tl_var_kind kind = varKind(d);
    return addVar(d, kind, -1, kind == TL_VAR_GLOBAL ? f->body : sc);
}

void LowerFn::params(const FunctionDecl *fn) {
    unsigned n = fn->getNumParams();
    f->nparams = (int)n;
    for (unsigned i = 0; i < n; i++)
        addVar(fn->getParamDecl(i), TL_VAR_PARAM, (int)i, f->body);
}

// A compound literal in a body is an object of its block, as a local is
// (C11 6.5.2.5): a variable of its own, named as written.
int LowerFn::literalVar(const CompoundLiteralExpr *literal) {
    int v = tl_func_add_var(f, textOf(literal), TL_VAR_LOCAL, -1);
    f->vars[v].scope = scope;
    return v;
}

int LowerFn::synthVar() {
    const char *name = tl_arena_printf(f->arena, "%%cond%d", nsynth++);
    int v = tl_func_add_var(f, name, TL_VAR_LOCAL, -1);
    f->vars[v].scope = scope;
    return v;
}

} // namespace threadlint
