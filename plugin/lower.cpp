// The clang-AST front end's driver: finds the function definitions of a TU
// and lowers each into a tl_func (the twin of tools/libclang/lower.c; the
// constructor and destructor attributes, which tools/libclang/lower_attrs.c
// reads from the source, come straight from clang's AST here).
#include "lower_internal.h"

#include "clang/AST/Attr.h"

using namespace clang;

namespace threadlint {

// ---- the driver -------------------------------------------------------------------------

int LowerTU::definition(const FunctionDecl *fn) {
    auto it = defIndex.find(fn->getCanonicalDecl());
    return it == defIndex.end() ? -1 : it->second;
}

void LowerTU::want(const FunctionDecl *fn) {
    int i = definition(fn);
    if (i < 0 || defState[i] || !defUseful[i])
        return;
    defState[i] = 1;
    queue.push_back(i);
}

void LowerTU::wantAlways(const FunctionDecl *fn) {
    int i = definition(fn);
    if (i >= 0)
        defUseful[i] = 1;
    want(fn);
}

// When the function runs, as its declaration (or an earlier one) says.
static unsigned funcAttrs(const FunctionDecl *fn) {
    unsigned attrs = 0;
    if (fn->hasAttr<ConstructorAttr>())
        attrs |= TL_FUNC_CONSTRUCTOR;
    if (fn->hasAttr<DestructorAttr>())
        attrs |= TL_FUNC_DESTRUCTOR;
    return attrs;
}

// Too deep to lower safely: keep the function (callers see it as defined)
// but let no path through it count.
static void abandon(tl_tu *tu, tl_func *f, int index) {
    tu->report[index] = false;
    tl_block *entry = &f->blocks[f->entry];
    entry->nevents = 0;
    entry->succ[0] = entry->succ[1] = -1;
    tl_block_noreturn(f, f->entry, f->loc);
}

void LowerTU::lowerFunction(const FunctionDecl *fn, LowerStats &stats) {
    auto *body = dyn_cast_or_null<CompoundStmt>(fn->getBody());
    if (!body)
        return;
    tl_loc l = loc(fn->getLocation());
    bool report = locReported(fn->getLocation());
    std::string name = fn->getNameAsString();
    tl_func *f = tl_func_new(tu, tl_arena_strdup(&tu->arena, name.c_str()), report);
    int index = tu->nfuncs - 1;
    f->loc = l;
    f->body = extent(body->getSourceRange());
    f->top = topLevelLine(extent(fn->getSourceRange()));
    f->returns_void = typeIsVoid(fn->getReturnType());
    f->external_linkage = fn->isExternallyVisible();
    f->attrs = funcAttrs(fn);

    LowerFn lf(*this, f);
    lf.cur = f->entry;
    lf.maxDepth = maxDepth > 0 ? maxDepth : 256;
    lf.scope = f->body;
    lf.stmt.range = f->body;
    lf.params(fn);
    lf.compound(body, nullptr);

    if (lf.cur >= 0 && !lf.tooDeep) { // control falls off the closing brace
        tl_loc brace = f->body.end;
        if (brace.offset > 0 && brace.col > 1) {
            brace.offset--;
            brace.col--;
        }
        tl_block_return(f, lf.cur, nullptr, brace, tl_range{brace, brace},
                        TL_RET_IMPLICIT | TL_STMT_IN_COMPOUND);
        lf.cur = -1;
    }
    if (lf.tooDeep)
        abandon(tu, f, index);
    // every block must end in a terminator; only broken code leaves one open
    for (int i = 0; i < f->nblocks; i++)
        if (f->blocks[i].term == TL_TERM_NONE)
            tl_block_noreturn(f, i, f->loc);
    stats.functions++;
    stats.skippedTooDeep += lf.tooDeep;
}

LowerStats lowerTranslationUnit(ASTContext &ctx, tl_tu *out, std::vector<FileID> *files,
                                const LowerOptions &opts) {
    LowerStats stats;
    LowerTU lt(ctx, out, opts.maxDepth);
    lt.wrappers = opts.wrappers;
    lt.nwrappers = opts.nwrappers;
    lt.headerFilter = opts.headerFilter;
    lt.external = opts.external;
    for (const Decl *d : ctx.getTranslationUnitDecl()->decls()) {
        auto *fn = dyn_cast<FunctionDecl>(d);
        if (fn && fn->isThisDeclarationADefinition() && fn->getBody())
            lt.defs.push_back(fn);
    }
    size_t n = lt.defs.size();
    lt.defState.assign(n, 0);
    lt.defUseful.assign(n, 0);
    std::vector<char> needed(n, 0);
    lt.select(needed, lt.defUseful);
    for (size_t i = 0; i < n; i++) {
        lt.defIndex[lt.defs[i]->getCanonicalDecl()] = (int)i;
        // constructors and destructors run without a caller: a rule may
        // need what one does even when it uses no modelled API
        needed[i] = needed[i] || funcAttrs(lt.defs[i]);
        lt.defState[i] = needed[i] && lt.locReported(lt.defs[i]->getLocation());
        lt.defUseful[i] = lt.defUseful[i] || needed[i];
    }
    // reported functions in source order, then the helpers they reach (one
    // queue: a helper defined below its caller is lowered once)
    for (size_t i = 0; i < n; i++)
        if (lt.defState[i])
            lt.queue.push_back((int)i);
    for (size_t q = 0; q < lt.queue.size(); q++)
        lt.lowerFunction(lt.defs[lt.queue[q]], stats);
    tl_tu_seal(out);
    if (files)
        *files = lt.fids;
    return stats;
}

} // namespace threadlint
