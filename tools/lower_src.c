/* Files, locations and source text.  Texts are sliced from the file buffers
 * libclang already holds: much cheaper than tokenizing. */
#include "lower_internal.h"

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
    CXFile f = NULL;
    unsigned line = 0, col = 0, off = 0;
    how(l, &f, &line, &col, &off);
    tl_loc r = {.line = line, .col = col, .offset = off};
    r.file = f ? file_for(lt, f)->id : no_file(lt);
    return r;
}

/* File locations: a macro argument maps to where it was written, the rest
 * of a macro to its expansion site (pthread_cleanup_push -> the user's line). */
tl_loc lower_loc(lower_tu *lt, CXSourceLocation l) {
    return map_loc(lt, l, clang_getFileLocation);
}

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

tl_range lower_extent(lower_tu *lt, CXCursor c) {
    CXSourceRange x = clang_getCursorExtent(c);
    CXSourceLocation b = clang_getRangeStart(x), e = clang_getRangeEnd(x);
    tl_range r = {lower_loc(lt, b), lower_loc(lt, e)};
    /* `IS_UDP(c->transport)` expanding to `((x) == 2)`: one end in a macro
     * argument, the other in the body; the whole invocation is the range. */
    if (range_ok(r) && in_macro_arg(b, r.begin.offset) == in_macro_arg(e, r.end.offset))
        return r;
    r.begin = map_loc(lt, b, clang_getExpansionLocation);
    r.end = map_loc(lt, e, clang_getExpansionLocation);
    if (!range_ok(r))
        r.end = r.begin;
    return r;
}

const char *lower_span(lower_tu *lt, tl_range r, size_t *len) {
    const lower_file *f = file_by_id(lt, r.begin.file);
    if (!f || !f->text || !range_ok(r) || r.end.offset > f->size)
        return NULL;
    *len = r.end.offset - r.begin.offset;
    return f->text + r.begin.offset;
}

static bool is_ident(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Blanks collapsed, at most LOWER_TEXT_MAX characters, arena-owned. */
static const char *collapse(lower_tu *lt, const char *s, size_t n) {
    if (!s || !n)
        return NULL;
    char buf[LOWER_TEXT_MAX + 1];
    size_t k = 0;
    bool blank = false, cut = false;
    for (size_t i = 0; i < n; i++) {
        if (is_blank(s[i]) || (s[i] == '\\' && i + 1 < n && is_blank(s[i + 1]))) {
            blank = true;
            continue;
        }
        size_t need = blank && k ? 2 : 1;
        if (k + need > LOWER_TEXT_MAX) {
            cut = true;
            break;
        }
        if (blank && k)
            buf[k++] = ' ';
        blank = false;
        buf[k++] = s[i];
    }
    if (cut) {
        k = LOWER_TEXT_MAX - 3;
        while (k && buf[k - 1] == ' ')
            k--;
        memcpy(buf + k, "...", 3);
        k += 3;
    }
    return tl_arena_strndup(&lt->tu->arena, buf, k);
}

const char *lower_text(lower_tu *lt, tl_range r) {
    size_t n = 0;
    const char *s = lower_span(lt, r, &n);
    return collapse(lt, s, n);
}

bool lower_spelled_with(lower_tu *lt, tl_range r, const char *word) {
    size_t n = 0, len = strlen(word);
    const char *s = lower_span(lt, r, &n);
    return s && n >= len && memcmp(s, word, len) == 0 && (n == len || !is_ident(s[len]));
}

/* True when l lies in a macro's body (not in an argument written by the user). */
bool lower_in_macro_body(CXSourceLocation l) {
    unsigned exp = 0, spell = 0;
    CXFile ef = NULL, sf = NULL;
    clang_getExpansionLocation(l, &ef, NULL, NULL, &exp);
    clang_getSpellingLocation(l, &sf, NULL, NULL, &spell);
    return (exp != spell || !clang_File_isEqual(ef, sf)) && !lower_in_macro_arg(l);
}

/* The end of the expression starting at s[i] in a macro's definition: the
 * first `)` that closes an outer paren, or `;` `,` `?` `:` `&&` `||` at
 * depth 0, or the end of the definition. (The cursor's own end maps past
 * the invocation, so it cannot say.) */
static size_t macro_expr_end(const char *s, size_t i, size_t n) {
    int depth = 0;
    for (; i < n; i++) {
        char ch = s[i];
        if (ch == '\n' && (i == 0 || s[i - 1] != '\\'))
            break;
        if (ch == '(' || ch == '[')
            depth++;
        else if ((ch == ')' || ch == ']') && depth-- == 0)
            break;
        else if (depth == 0 && (ch == ';' || ch == ',' || ch == '?' || ch == ':'))
            break;
        else if (depth == 0 && i + 1 < n && (ch == '&' || ch == '|') && s[i + 1] == ch)
            break;
    }
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
        i--;
    return i;
}

/* True when the range's text is one macro invocation `NAME(...)`. */
static bool is_invocation(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && (s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                     (i && s[i] >= '0' && s[i] <= '9')))
        i++;
    if (!i)
        return false;
    i = lower_skip_blank(s, i, n);
    if (i >= n || s[i] != '(')
        return false;
    int depth = 0;
    for (; i < n; i++) {
        depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
        if (depth == 0)
            return lower_skip_blank(s, i + 1, n) == n;
    }
    return false;
}

/* Splits `NAME(a, b(c, d), e)` at its top-level commas: the spans of the
 * arguments (blank-trimmed). Returns how many, at most max. */
static int split_args(const char *s, size_t n, size_t start, const char **arg, size_t *len,
                      int max) {
    int k = 0, depth = 0;
    size_t b = start;
    for (size_t i = start; i < n && k < max; i++) {
        char ch = s[i];
        if (ch == '(' || ch == '[' || ch == '{') {
            depth++;
        } else if ((ch == ')' || ch == ']' || ch == '}') && depth-- == 0) {
            n = i;
            break;
        } else if (ch == ',' && depth == 0) {
            arg[k] = s + b;
            len[k++] = i - b;
            b = i + 1;
        }
    }
    if (k < max && b <= n) {
        arg[k] = s + b;
        len[k++] = n - b;
    }
    for (int i = 0; i < k; i++) {
        while (len[i] && is_blank(arg[i][0])) {
            arg[i]++;
            len[i]--;
        }
        while (len[i] && is_blank(arg[i][len[i] - 1]))
            len[i]--;
    }
    return k;
}

static bool ident_char(char ch) {
    return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
           (ch >= '0' && ch <= '9');
}

enum { MACRO_MAX_PARAMS = 16 };

/* The body text [b, e) of a function-like macro with its parameters
 * replaced by the invocation's arguments: `(expr) < 0` from `TRY(setup())`
 * reads `(setup()) < 0`. NULL when the definition cannot be read. */
static const char *substitute(lower_tu *lt, const char *text, size_t b, size_t e,
                              const char *inv, size_t inv_len) {
    /* the #define line: back to a line that starts with '#' (continuations) */
    size_t line = b;
    for (;;) {
        while (line > 0 && text[line - 1] != '\n')
            line--;
        size_t i = line;
        while (is_blank(text[i]) && text[i] != '\n')
            i++;
        if (text[i] == '#' || line == 0)
            break;
        line--;
    }
    const char *params[MACRO_MAX_PARAMS], *args[MACRO_MAX_PARAMS];
    size_t plen[MACRO_MAX_PARAMS], alen[MACRO_MAX_PARAMS];
    const char *open = memchr(text + line, '(', b - line);
    const char *inv_open = memchr(inv, '(', inv_len);
    if (!open || !inv_open)
        return NULL;
    int np = split_args(text, b, (size_t)(open - text) + 1, params, plen, MACRO_MAX_PARAMS);
    int na = split_args(inv, inv_len, (size_t)(inv_open - inv) + 1, args, alen, MACRO_MAX_PARAMS);
    if (np != na)
        return NULL;
    char out[512];
    size_t k = 0;
    for (size_t i = b; i < e && k < sizeof out - 1;) {
        if (!ident_char(text[i]) || (i > b && ident_char(text[i - 1]))) {
            out[k++] = text[i++];
            continue;
        }
        size_t j = i;
        while (j < e && ident_char(text[j]))
            j++;
        int p = -1;
        for (int q = 0; q < np && p < 0; q++)
            if (plen[q] == j - i && memcmp(params[q], text + i, j - i) == 0)
                p = q;
        const char *src = p >= 0 ? args[p] : text + i;
        size_t sl = p >= 0 ? alen[p] : j - i;
        for (size_t m = 0; m < sl && k < sizeof out - 1; m++)
            out[k++] = src[m];
        i = j;
    }
    return collapse(lt, out, k);
}

const char *lower_cond_text(lower_tu *lt, CXCursor c) {
    /* A condition a macro wrote whole (`do { if (pthread_create(...) != 0)
     * ... } while (0)`) would read as the invocation: quote the body, with
     * the invocation's arguments in place of the parameters. */
    tl_range r = lower_extent(lt, c);
    size_t n = 0;
    const char *spelled = lower_span(lt, r, &n);
    CXSourceLocation start = clang_getRangeStart(clang_getCursorExtent(c));
    if (spelled && is_invocation(spelled, n) && lower_in_macro_body(start)) {
        CXFile f = NULL;
        unsigned off = 0;
        clang_getSpellingLocation(start, &f, NULL, NULL, &off);
        size_t size = 0;
        const char *text = f ? clang_getFileContents(lt->cx, f, &size) : NULL;
        if (text && off < size) {
            const char *t = substitute(lt, text, off, macro_expr_end(text, off, size), spelled, n);
            if (t)
                return t;
        }
    }
    return collapse(lt, spelled, n);
}

const char *lower_cursor_text(lower_tu *lt, CXCursor c) {
    return lower_text(lt, lower_extent(lt, c));
}

size_t lower_skip_blank(const char *s, size_t i, size_t end) {
    while (i < end) {
        if (is_blank(s[i]) || (s[i] == '\\' && i + 1 < end && is_blank(s[i + 1]))) {
            i++;
        } else if (s[i] == '/' && i + 1 < end && s[i + 1] == '/') {
            while (i < end && s[i] != '\n')
                i++;
        } else if (s[i] == '/' && i + 1 < end && s[i + 1] == '*') {
            i += 2;
            while (i + 1 < end && !(s[i] == '*' && s[i + 1] == '/'))
                i++;
            i = i + 2 < end ? i + 2 : end;
        } else {
            break;
        }
    }
    return i;
}

/* loc moved forward to offset `to` in the same file. */
static tl_loc advance(const char *text, tl_loc loc, unsigned to) {
    for (unsigned i = loc.offset; i < to; i++) {
        if (text[i] == '\n') {
            loc.line++;
            loc.col = 1;
        } else {
            loc.col++;
        }
    }
    loc.offset = to;
    return loc;
}

tl_range lower_with_semicolon(lower_tu *lt, tl_range r) {
    lower_file *f = file_by_id(lt, r.end.file);
    if (!f || !f->text || r.end.offset > f->size)
        return r;
    if (r.end.offset > r.begin.offset && f->text[r.end.offset - 1] == ';')
        return r;
    size_t i = lower_skip_blank(f->text, r.end.offset, f->size);
    if (i < f->size && f->text[i] == ';')
        r.end = advance(f->text, r.end, (unsigned)i + 1);
    return r;
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
    if (memcmp(s + i, "for", 3) != 0 || (i + 3 < end && is_ident(s[i + 3])))
        return false;
    i = lower_skip_blank(s, i + 3, end);
    if (i >= end || s[i] != '(')
        return false;
    int depth = 0, semis = 0;
    while (i < end) {
        size_t next = lower_skip_blank(s, i, end);
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
