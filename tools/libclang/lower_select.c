/* Which definitions are worth lowering: the libclang front end's inputs to
 * the shared, textual selection (checks/select_defs.h). */
#include "lower_internal.h"

#include <stdlib.h>
#include <string.h>

#include "select_defs.h"

typedef struct file_scan {
    CXTranslationUnit tu;
    const char **text;
    size_t *size;
    int n, cap;
} file_scan;

static void collect_file(CXFile file, CXSourceLocation *stack, unsigned depth,
                         CXClientData data) {
    (void)stack;
    (void)depth;
    file_scan *fs = data;
    if (clang_Location_isInSystemHeader(clang_getLocation(fs->tu, file, 1, 1)))
        return;
    size_t size = 0;
    const char *text = clang_getFileContents(fs->tu, file, &size);
    if (!text)
        return;
    if (fs->n == fs->cap) {
        fs->cap = fs->cap ? fs->cap * 2 : 16;
        fs->text = lower_xrealloc(fs->text, sizeof *fs->text * (size_t)fs->cap);
        fs->size = lower_xrealloc(fs->size, sizeof *fs->size * (size_t)fs->cap);
    }
    fs->text[fs->n] = text;
    fs->size[fs->n++] = size;
}

/* Kept in the TU's arena: a name outlives the cursor's string. */
static const char *arena_spelling(lower_tu *lt, CXCursor c) {
    CXString sp = clang_getCursorSpelling(c);
    const char *cs = clang_getCString(sp);
    const char *kept = tl_arena_strdup(&lt->tu->arena, cs ? cs : "");
    clang_disposeString(sp);
    return kept;
}

static const char *first_param(void *ud, int i, size_t *n) {
    lower_tu *lt = ud;
    const char *p = arena_spelling(lt, clang_Cursor_getArgument(lt->defs.v[i], 0));
    *n = strlen(p);
    return p;
}

static unsigned linkage(void *ud, int i) {
    lower_tu *lt = ud;
    CXCursor d = lt->defs.v[i];
    unsigned r = 0;
    if (clang_getCursorLinkage(d) == CXLinkage_External)
        r |= TL_SELECT_EXTERNAL;
    if (clang_Location_isFromMainFile(clang_getCursorLocation(d)))
        r |= TL_SELECT_IN_MAIN_FILE;
    return r;
}

void lower_select(lower_tu *lt, bool *needed, bool *stops) {
    int n = lt->defs.n;
    tl_select_def *defs = calloc((size_t)n + 1, sizeof *defs);
    if (!defs)
        abort();
    for (int i = 0; i < n; i++) {
        CXCursor d = lt->defs.v[i];
        lt->def_extent[i] = lower_extent(lt, d);
        defs[i].text = lower_span(lt, lt->def_extent[i], &defs[i].len);
        defs[i].name = arena_spelling(lt, d);
        defs[i].nparams = clang_Cursor_getNumArguments(d);
    }
    file_scan fs = {.tu = lt->cx};
    clang_getInclusions(lt->cx, collect_file, &fs);
    tl_select_input in = {
        .defs = defs,
        .n = n,
        .files = fs.text,
        .file_sizes = fs.size,
        .nfiles = fs.n,
        .wrappers = lt->opts ? lt->opts->wrappers : NULL,
        .nwrappers = lt->opts ? lt->opts->nwrappers : 0,
        .external = lt->opts ? lt->opts->external : NULL,
        .summarise = lt->opts && lt->opts->summarise,
    };
    tl_select_source src = {.ud = lt, .first_param = first_param, .linkage = linkage};
    tl_select_definitions(lt->tu, &in, &src, needed, stops);
    free(fs.text);
    free(fs.size);
    free(defs);
}
