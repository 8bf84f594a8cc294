/* Files, locations and source text.  Texts are sliced from the file buffers
 * libclang already holds: much cheaper than tokenizing. */
#include "lower_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static lower_file *file_for(lower_tu *lt, CXFile cx) {
    if (lt->last_file >= 0 && lt->files[lt->last_file].cx == cx)
        return &lt->files[lt->last_file];
    for (int i = 0; i < lt->nfiles; i++) {
        if (lt->files[i].cx == cx || clang_File_isEqual(lt->files[i].cx, cx)) {
            lt->last_file = i;
            return &lt->files[i];
        }
    }
    if (lt->nfiles == lt->file_cap) {
        lt->file_cap = lt->file_cap ? lt->file_cap * 2 : 16;
        lt->files = lower_xrealloc(lt->files, sizeof *lt->files * (size_t)lt->file_cap);
    }
    lower_file *f = &lt->files[lt->nfiles];
    CXString name = clang_getFileName(cx);
    const char *path = clang_getCString(name);
    f->cx = cx;
    f->id = tl_tu_file(lt->tu, path ? path : "<unknown>");
    clang_disposeString(name);
    f->text = clang_getFileContents(lt->cx, cx, &f->size);
    f->report = -1;
    f->line_starts = NULL;
    f->nlines = f->last_line = 0;
    if (f->id >= lt->nby_id) {
        int n = f->id + 16;
        lt->file_by_id = lower_xrealloc(lt->file_by_id, sizeof *lt->file_by_id * (size_t)n);
        for (int i = lt->nby_id; i < n; i++)
            lt->file_by_id[i] = -1;
        lt->nby_id = n;
    }
    if (lt->file_by_id[f->id] < 0)
        lt->file_by_id[f->id] = lt->nfiles;
    lt->last_file = lt->nfiles;
    return &lt->files[lt->nfiles++];
}

static lower_file *file_by_id(lower_tu *lt, int id) {
    if (id < 0 || id >= lt->nby_id || lt->file_by_id[id] < 0)
        return NULL;
    return &lt->files[lt->file_by_id[id]];
}

void lower_files_free(lower_tu *lt) {
    for (int i = 0; i < lt->nfiles; i++)
        free(lt->files[i].line_starts);
    free(lt->files);
    free(lt->file_by_id);
    lt->files = NULL;
    lt->file_by_id = NULL;
    lt->nfiles = lt->file_cap = lt->nby_id = 0;
}

static int no_file(lower_tu *lt) {
    if (lt->no_file < 0)
        lt->no_file = tl_tu_file(lt->tu, "<built-in>");
    return lt->no_file;
}

typedef void (*loc_fn)(CXSourceLocation, CXFile *, unsigned *, unsigned *, unsigned *);

static tl_loc map_loc(lower_tu *lt, CXSourceLocation l, loc_fn how) {
    CXFile cx = NULL;
    unsigned off = 0;
    how(l, &cx, NULL, NULL, &off);
    tl_loc r = {.offset = off};
    if (!cx) {
        r.file = no_file(lt);
        return r;
    }
    lower_file *f = file_for(lt, cx);
    r.file = f->id;
    if (!f->text || off > f->size) { /* no buffer: let clang count */
        how(l, NULL, &r.line, &r.col, NULL);
        return r;
    }
    if (!f->line_starts)
        f->line_starts = tl_src_line_starts(f->text, f->size, &f->nlines);
    unsigned line = tl_src_line_of(f->line_starts, f->nlines, off, &f->last_line);
    r.line = line + 1;
    r.col = off - f->line_starts[line] + 1;
    return r;
}

static bool same_location(CXSourceLocation a, CXSourceLocation b) {
    /* what clang_equalLocations compares, without a call into libclang */
    return a.ptr_data[0] == b.ptr_data[0] && a.ptr_data[1] == b.ptr_data[1] &&
           a.int_data == b.int_data;
}

/* l as a file location and as an expansion location's offset, remembered
 * in a small table indexed by l's bits (as compared above). */
static const struct lower_loc_memo *memo_loc(lower_tu *lt, CXSourceLocation l) {
    enum { SLOTS = sizeof lt->loc_memo / sizeof lt->loc_memo[0] };
    unsigned slot = (l.int_data * 2654435761u) >> 26 & (SLOTS - 1);
    struct lower_loc_memo *m = &lt->loc_memo[slot];
    if (m->used && same_location(m->at, l))
        return m;
    m->at = l;
    m->file = map_loc(lt, l, clang_getFileLocation);
    clang_getExpansionLocation(l, NULL, NULL, NULL, &m->expansion_offset);
    m->used = true;
    return m;
}

/* File locations: a macro argument maps to where it was written, the rest
 * of a macro to its expansion site (pthread_cleanup_push -> the user's line). */
tl_loc lower_loc(lower_tu *lt, CXSourceLocation l) { return memo_loc(lt, l)->file; }

static bool range_ok(tl_range r) {
    return r.begin.file == r.end.file && r.end.offset >= r.begin.offset;
}

/* A location in a macro argument maps to another place as a file location
 * (where the argument is written) than as an expansion location. */
static bool in_macro_arg(CXSourceLocation l, unsigned file_offset) {
    unsigned off = 0;
    clang_getExpansionLocation(l, NULL, NULL, NULL, &off);
    return off != file_offset;
}

bool lower_in_macro_arg(CXSourceLocation l) {
    unsigned off = 0;
    clang_getFileLocation(l, NULL, NULL, NULL, &off);
    return in_macro_arg(l, off);
}

static bool same_cursor(const CXCursor *a, const CXCursor *b) {
    /* byte equality implies clang_equalCursors (which also equates a few
     * declaration cursors that differ in a flag: those just miss) */
    return memcmp(a, b, sizeof *a) == 0;
}

static tl_range map_extent(lower_tu *lt, CXSourceRange x);

tl_range lower_extent(lower_tu *lt, CXCursor c) {
    enum { SLOTS = sizeof lt->extent_memo / sizeof lt->extent_memo[0] };
    uintptr_t key = (uintptr_t)c.data[1] ^ (uintptr_t)c.data[0] ^ (uintptr_t)c.kind;
    struct lower_extent_memo *m = &lt->extent_memo[(key >> 4 ^ key >> 9) & (SLOTS - 1)];
    if (!m->used || !same_cursor(&m->at, &c)) {
        m->at = c;
        m->range = map_extent(lt, clang_getCursorExtent(c));
        m->used = true;
    }
    return m->range;
}

static tl_range map_extent(lower_tu *lt, CXSourceRange x) {
    CXSourceLocation b = clang_getRangeStart(x), e = clang_getRangeEnd(x);
    const struct lower_loc_memo *mb = memo_loc(lt, b);
    bool b_in_arg = mb->expansion_offset != mb->file.offset;
    tl_range r = {mb->file, {0}};
    const struct lower_loc_memo *me = memo_loc(lt, e); /* may take mb's slot */
    r.end = me->file;
    bool e_in_arg = me->expansion_offset != me->file.offset;
    /* `IS_UDP(c->transport)` expanding to `((x) == 2)`: one end in a macro
     * argument, the other in the body; the whole invocation is the range. */
    if (range_ok(r) && b_in_arg == e_in_arg)
        return r;
    r.begin = map_loc(lt, b, clang_getExpansionLocation);
    r.end = map_loc(lt, e, clang_getExpansionLocation);
    if (!range_ok(r))
        r.end = r.begin;
    return r;
}

const char *lower_text_from(lower_tu *lt, tl_loc at, size_t *rest) {
    const lower_file *f = file_by_id(lt, at.file);
    if (!f || !f->text || at.offset > f->size)
        return NULL;
    *rest = f->size - at.offset;
    return f->text + at.offset;
}

const char *lower_span(lower_tu *lt, tl_range r, size_t *len) {
    size_t rest = 0;
    const char *s = range_ok(r) ? lower_text_from(lt, r.begin, &rest) : NULL;
    if (!s || r.end.offset - r.begin.offset > rest)
        return NULL;
    *len = r.end.offset - r.begin.offset;
    return s;
}

const char *lower_text(lower_tu *lt, tl_range r) {
    size_t n = 0;
    const char *s = lower_span(lt, r, &n);
    return tl_src_collapse(&lt->tu->arena, s, n);
}

bool lower_spelled_with(lower_tu *lt, tl_range r, const char *word) {
    size_t n = 0;
    const char *s = lower_span(lt, r, &n);
    return tl_src_spelled_with(s, n, word);
}

/* True when l lies in a macro's body (not in an argument written by the user). */
bool lower_in_macro_body(CXSourceLocation l) {
    unsigned exp = 0, spell = 0;
    CXFile ef = NULL, sf = NULL;
    clang_getExpansionLocation(l, &ef, NULL, NULL, &exp);
    clang_getSpellingLocation(l, &sf, NULL, NULL, &spell);
    return (exp != spell || !clang_File_isEqual(ef, sf)) && !lower_in_macro_arg(l);
}

const char *lower_cond_text(lower_tu *lt, CXCursor c) {
    /* A condition a macro wrote whole (`do { if (pthread_create(...) != 0)
     * ... } while (0)`) would read as the invocation: quote the body, with
     * the invocation's arguments in place of the parameters. */
    tl_range r = lower_extent(lt, c);
    size_t n = 0;
    const char *spelled = lower_span(lt, r, &n);
    CXSourceLocation start = clang_getRangeStart(clang_getCursorExtent(c));
    if (spelled && tl_src_is_invocation(spelled, n) && lower_in_macro_body(start)) {
        CXFile f = NULL;
        unsigned off = 0;
        clang_getSpellingLocation(start, &f, NULL, NULL, &off);
        size_t size = 0;
        const char *text = f ? clang_getFileContents(lt->cx, f, &size) : NULL;
        const char *t = tl_src_macro_expr(&lt->tu->arena, text, size, off, spelled, n);
        if (t)
            return t;
    }
    return tl_src_collapse(&lt->tu->arena, spelled, n);
}

const char *lower_cursor_text(lower_tu *lt, CXCursor c) {
    return lower_text(lt, lower_extent(lt, c));
}

tl_range lower_with_semicolon(lower_tu *lt, tl_range r) {
    lower_file *f = file_by_id(lt, r.end.file);
    return f ? tl_src_with_semicolon(f->text, f->size, r) : r;
}

tl_loc lower_top_level_line(lower_tu *lt, tl_range r) {
    lower_file *f = file_by_id(lt, r.begin.file);
    size_t at = 0;
    if (!f || !f->text || r.begin.line == 0 ||
        !tl_src_top_level_line(f->text, f->size, r.begin.offset, &at))
        return (tl_loc){0};
    return (tl_loc){r.begin.file, r.begin.line, 1, (unsigned)at};
}

/* Index just past the string or character literal opening at i. */
static size_t skip_literal(const char *s, size_t i, size_t end) {
    char quote = s[i++];
    while (i < end && s[i] != quote && s[i] != '\n')
        i += s[i] == '\\' ? 2 : 1;
    return i < end ? i + 1 : end;
}

bool lower_for_header(lower_tu *lt, tl_loc kw, unsigned marks[3]) {
    const lower_file *f = file_by_id(lt, kw.file);
    if (!f || !f->text || kw.offset + 3 > f->size)
        return false;
    const char *s = f->text;
    size_t end = f->size, i = kw.offset;
    if (memcmp(s + i, "for", 3) != 0 || (i + 3 < end && tl_src_is_ident(s[i + 3])))
        return false;
    i = tl_src_skip_blank(s, i + 3, end);
    if (i >= end || s[i] != '(')
        return false;
    int depth = 0, semis = 0;
    while (i < end) {
        size_t next = tl_src_skip_blank(s, i, end);
        if (next != i) {
            i = next;
            continue;
        }
        char c = s[i];
        if (c == '"' || c == '\'') {
            i = skip_literal(s, i, end);
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (--depth == 0) {
                marks[2] = (unsigned)i;
                return semis == 2;
            }
        } else if (c == ';' && depth == 1) {
            if (semis == 2)
                return false;
            marks[semis++] = (unsigned)i;
        }
        i++;
    }
    return false;
}

bool lower_file_reported(lower_tu *lt, int file) {
    lower_file *f = file_by_id(lt, file);
    if (!lt->opts || !lt->opts->report_file)
        return true;
    if (f && f->report >= 0)
        return f->report;
    const char *path = file >= 0 && file < lt->tu->nfiles ? lt->tu->files[file] : "";
    bool report = lt->opts->report_file(path, lt->opts->ud);
    if (f)
        f->report = report;
    return report;
}
