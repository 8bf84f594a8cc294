/* The libclang front end's driver: finds the function definitions of a TU
 * and lowers each into a tl_func. */
#include "lower_internal.h"

#include <assert.h>
#include <stdlib.h>

enum { LOWER_DEFAULT_MAX_DEPTH = 256 };

typedef struct definitions {
    lower_kids *funcs;
    bool cxx;
} definitions;

/* A declaration C cannot write.  Not clang_getCursorLanguage: it answers by
 * declaration kind, and calls C11's _Static_assert C++ (plugin/ asks the
 * TU's LangOpts instead, which libclang does not expose). */
static bool cxx_only_kind(enum CXCursorKind k) {
    switch (k) {
    case CXCursor_ClassDecl:
    case CXCursor_Namespace:
    case CXCursor_NamespaceAlias:
    case CXCursor_LinkageSpec:
    case CXCursor_CXXMethod:
    case CXCursor_Constructor:
    case CXCursor_Destructor:
    case CXCursor_ConversionFunction:
    case CXCursor_FunctionTemplate:
    case CXCursor_ClassTemplate:
    case CXCursor_ClassTemplatePartialSpecialization:
    case CXCursor_UsingDirective:
    case CXCursor_UsingDeclaration:
    case CXCursor_TypeAliasDecl:
    case CXCursor_TypeAliasTemplateDecl:
        return true;
    default:
        return false;
    }
}

static enum CXChildVisitResult find_definitions(CXCursor c, CXCursor parent,
                                                CXClientData data) {
    (void)parent;
    definitions *d = data;
    if (cxx_only_kind(clang_getCursorKind(c))) {
        d->cxx = true;
        return CXChildVisit_Break;
    }
    if (clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_isCursorDefinition(c))
        lower_kids_push(d->funcs, c);
    return CXChildVisit_Continue;
}

int lower_definition(lower_tu *lt, CXCursor fn) {
    return lower_map_get(&lt->def_index, clang_getCanonicalCursor(fn));
}

void lower_want(lower_tu *lt, CXCursor fn) {
    int i = lower_definition(lt, fn);
    if (i < 0 || lt->def_state[i] || !lt->def_useful[i])
        return;
    lt->def_state[i] = 1;
    lower_ints_push(&lt->queue, i);
}

void lower_want_always(lower_tu *lt, CXCursor fn) {
    int i = lower_definition(lt, fn);
    if (i >= 0)
        lt->def_useful[i] = true;
    lower_want(lt, fn);
}

static CXCursor body_of(CXCursor fn) {
    lower_kids k;
    lower_kids_get(&k, fn, false);
    CXCursor body = clang_getNullCursor();
    for (int i = 0; i < k.n; i++)
        if (clang_getCursorKind(k.v[i]) == CXCursor_CompoundStmt)
            body = k.v[i];
    lower_kids_free(&k);
    return body;
}

#ifndef NDEBUG
static bool tu_has_errors(CXTranslationUnit tu) {
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        enum CXDiagnosticSeverity s = clang_getDiagnosticSeverity(d);
        clang_disposeDiagnostic(d);
        if (s >= CXDiagnostic_Error)
            return true;
    }
    return false;
}
#endif

/* Every block must end in a terminator.  Only broken code (a goto to a
 * label that does not exist) or an abandoned function leaves one open. */
static void close_open_blocks(lower_fn *lf) {
    tl_func *f = lf->f;
    int open = 0;
    for (int i = 0; i < f->nblocks; i++) {
        if (f->blocks[i].term != TL_TERM_NONE)
            continue;
        tl_block_noreturn(f, i, f->loc);
        open++;
    }
    assert(open == 0 || lf->too_deep || tu_has_errors(lf->lt->cx));
    (void)open;
}

/* Too deep to lower safely: keep the function (callers see it as defined)
 * but let no path through it count. */
static void abandon(lower_fn *lf, int index) {
    tl_func *f = lf->f;
    lf->lt->tu->report[index] = false;
    tl_block *entry = &f->blocks[f->entry];
    entry->nevents = 0;
    entry->succ[0] = entry->succ[1] = -1;
    tl_block_noreturn(f, f->entry, f->loc);
}

static void lower_function(lower_tu *lt, int def, tl_lower_stats *stats) {
    CXCursor fn = lt->defs.v[def], body = body_of(fn);
    if (clang_Cursor_isNull(body))
        return;
    tl_tu *tu = lt->tu;
    tl_loc loc = lower_loc(lt, clang_getCursorLocation(fn));
    bool report = lower_loc_reported(lt, clang_getCursorLocation(fn));
    char *name = lower_cxstring(&tu->arena, clang_getCursorSpelling(fn));
    tl_func *f = tl_func_new(tu, name, report);
    int index = tu->nfuncs - 1;
    f->loc = loc;
    f->body = lower_extent(lt, body);
    f->top = lower_top_level_line(lt, lt->def_extent[def]);
    f->returns_void = lower_type_is_void(clang_getResultType(clang_getCursorType(fn)));
    f->external_linkage = clang_getCursorLinkage(fn) == CXLinkage_External;
    f->attrs = lower_func_attrs(lt, fn);

    lower_fn lf = {.lt = lt, .f = f, .cur = f->entry};
    lf.max_depth = lt->opts && lt->opts->max_depth > 0 ? lt->opts->max_depth
                                                       : LOWER_DEFAULT_MAX_DEPTH;
    lf.scope = f->body;
    lf.stmt.range = f->body;
    lower_params(&lf, fn);
    lower_compound(&lf, body, NULL);

    if (lf.cur >= 0 && !lf.too_deep) { /* control falls off the closing brace */
        tl_loc brace = f->body.end;
        if (brace.offset > 0 && brace.col > 1) {
            brace.offset--;
            brace.col--;
        }
        tl_block_return(f, lf.cur, NULL, brace, (tl_range){brace, brace},
                        TL_RET_IMPLICIT | TL_STMT_IN_COMPOUND);
        lf.cur = -1;
    }
    if (lf.too_deep)
        abandon(&lf, index);
    close_open_blocks(&lf);

    if (stats) {
        stats->functions++;
        stats->skipped_too_deep += lf.too_deep;
    }
    lower_map_free(&lf.vars);
    free(lf.breaks.v);
    free(lf.continues.v);
    lower_ints_free(&lf.switches);
    lower_ints_free(&lf.switch_has_default);
    free(lf.labels);
}

static void free_tu(lower_tu *lt) {
    lower_kids_free(&lt->defs);
    lower_map_free(&lt->def_index);
    lower_map_free(&lt->noreturn);
    lower_ints_free(&lt->queue);
    free(lt->def_state);
    free(lt->def_useful);
    free(lt->def_extent);
    free(lt->source_name);
    lower_files_free(lt);
}

int tl_lower_tu(CXTranslationUnit tu, tl_tu *out, const tl_lower_options *opts,
                tl_lower_stats *stats) {
    lower_tu lt = {.cx = tu, .tu = out, .opts = opts, .last_file = -1, .no_file = -1};
    lower_kids_init(&lt.defs);
    definitions found = {&lt.defs, false};
    clang_visitChildren(clang_getTranslationUnitCursor(tu), find_definitions, &found);
    if (found.cxx) {
        free_tu(&lt);
        return -1;
    }
    lower_presumed_init(&lt);
    int n = lt.defs.n;
    lt.def_state = lower_xrealloc(NULL, (size_t)n + 1);
    bool *needed = lower_xrealloc(NULL, (size_t)n + 1);
    lt.def_useful = lower_xrealloc(NULL, (size_t)n + 1);
    lt.def_extent = lower_xrealloc(NULL, sizeof *lt.def_extent * ((size_t)n + 1));
    lower_select(&lt, needed, lt.def_useful);
    for (int i = 0; i < n; i++) {
        lower_map_put(&lt.def_index, clang_getCanonicalCursor(lt.defs.v[i]), i);
        /* constructors and destructors run without a caller: a rule may
         * need what one does even when it uses no modelled API (asked only
         * in reported files: every header's inline helper would pay) */
        bool reported = lower_loc_reported(&lt, clang_getCursorLocation(lt.defs.v[i]));
        needed[i] = needed[i] || (reported && lower_func_attrs(&lt, lt.defs.v[i]));
        lt.def_state[i] = needed[i] && reported;
        lt.def_useful[i] = lt.def_useful[i] || needed[i];
    }
    free(needed);
    /* reported functions in source order, then the helpers they reach
     * (one queue: a helper defined below its caller is lowered once) */
    for (int i = 0; i < n; i++)
        if (lt.def_state[i])
            lower_ints_push(&lt.queue, i);
    for (int q = 0; q < lt.queue.n; q++)
        lower_function(&lt, lt.queue.v[q], stats);
    tl_tu_seal(lt.tu);
    free_tu(&lt);
    return 0;
}
