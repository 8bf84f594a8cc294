#include "src_text.h"

#include <stdlib.h>
#include <string.h>

bool tl_src_is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Static, so the scanners below inline them: this object is built
 * position-independent, where a call to the exported name stays a call. */
static bool ident_start(char c) {
    return (unsigned)((c | 0x20) - 'a') < 26 || c == '_';
}

static bool ident_char(char c) {
    return ident_start(c) || (unsigned)(c - '0') < 10;
}

bool tl_src_is_ident(char c) { return ident_char(c); }

/* starts[*n] = at, growing starts by doubling. */
static unsigned *push_start(unsigned *starts, unsigned *n, unsigned *cap, unsigned at) {
    if (*n == *cap) {
        *cap *= 2;
        starts = realloc(starts, sizeof *starts * *cap);
        if (!starts)
            abort();
    }
    starts[(*n)++] = at;
    return starts;
}

unsigned *tl_src_line_starts(const char *text, size_t size, unsigned *n) {
    unsigned cap = 64;
    unsigned *starts = malloc(sizeof *starts * cap);
    if (!starts)
        abort();
    *n = 0;
    starts = push_start(starts, n, &cap, 0);
    if (!memchr(text, '\r', size)) { /* the usual text: memchr finds each line */
        const char *p = text, *end = text + size;
        while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL)
            starts = push_start(starts, n, &cap, (unsigned)(++p - text));
        return starts;
    }
    for (size_t i = 0; i < size; i++) {
        char c = text[i];
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\r' && i + 1 < size && text[i + 1] == '\n')
            i++;
        starts = push_start(starts, n, &cap, (unsigned)(i + 1));
    }
    return starts;
}

static bool line_holds(const unsigned *starts, unsigned n, unsigned line, unsigned off) {
    return off >= starts[line] && (line + 1 == n || off < starts[line + 1]);
}

unsigned tl_src_line_of(const unsigned *starts, unsigned n, unsigned off, unsigned *last) {
    enum { NEAR = 8 };
    for (unsigned i = 0; i < NEAR; i++) {
        unsigned line = off >= starts[*last] ? *last + i : *last - i;
        if (line >= n) /* also a step back past line 0 */
            break;
        if (line_holds(starts, n, line, off))
            return *last = line;
    }
    unsigned lo = 0, hi = n - 1;
    while (lo < hi) {
        unsigned mid = lo + (hi - lo + 1) / 2;
        if (starts[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    return *last = lo;
}

size_t tl_src_token_length(const char *s, size_t size, size_t off) {
    if (!s || off >= size)
        return 0;
    char c = s[off];
    if (c == ')' || c == ']' || c == '}' || c == ';' || c == ',')
        return 1;
    bool number = (unsigned)(c - '0') < 10;
    if (!number && !ident_start(c))
        return 0;
    size_t end = off + 1;
    while (end < size && ident_char(s[end]))
        end++;
    if (end == size)
        return end - off;
    char next = s[end];
    /* continued by a splice, a trigraph, a UCN, UTF-8 or a `$` (which
     * -fdollars-in-identifiers decides); a literal's prefix (L"", u8'');
     * a number's `.`, exponent sign or separator */
    if (next == '\\' || next == '?' || next == '$' || (unsigned char)next >= 0x80 || next == '"' ||
        next == '\'')
        return 0;
    if (number && (next == '.' || next == '+' || next == '-'))
        return 0;
    return end - off;
}

size_t tl_src_skip_blank(const char *s, size_t i, size_t end) {
    while (i < end) {
        if (tl_src_is_blank(s[i]) || (s[i] == '\\' && i + 1 < end && tl_src_is_blank(s[i + 1]))) {
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

const char *tl_src_collapse(tl_arena *a, const char *s, size_t n) {
    if (!s || !n)
        return NULL;
    char buf[TL_SRC_TEXT_MAX + 1];
    size_t k = 0;
    bool blank = false, cut = false;
    for (size_t i = 0; i < n; i++) {
        if (tl_src_is_blank(s[i]) || (s[i] == '\\' && i + 1 < n && tl_src_is_blank(s[i + 1]))) {
            blank = true;
            continue;
        }
        size_t need = blank && k ? 2 : 1;
        if (k + need > TL_SRC_TEXT_MAX) {
            cut = true;
            break;
        }
        if (blank && k)
            buf[k++] = ' ';
        blank = false;
        buf[k++] = s[i];
    }
    if (cut) {
        k = TL_SRC_TEXT_MAX - 3;
        while (k && buf[k - 1] == ' ')
            k--;
        memcpy(buf + k, "...", 3);
        k += 3;
    }
    return tl_arena_strndup(a, buf, k);
}

bool tl_src_opens_brace(const char *s, size_t n) { return s && n > 0 && s[0] == '{'; }

bool tl_src_spelled_with(const char *s, size_t n, const char *word) {
    size_t len = strlen(word);
    return s && n >= len && memcmp(s, word, len) == 0 && (n == len || !tl_src_is_ident(s[len]));
}

/* loc moved forward to offset `to` in the same text. */
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

tl_range tl_src_with_semicolon(const char *text, size_t size, tl_range r) {
    if (!text || r.end.offset > size)
        return r;
    if (r.end.offset > r.begin.offset && text[r.end.offset - 1] == ';')
        return r;
    size_t i = tl_src_skip_blank(text, r.end.offset, size);
    if (i < size && text[i] == ';')
        r.end = advance(text, r.end, (unsigned)i + 1);
    return r;
}

/* The start of the line holding text[i]. */
static size_t line_start_of(const char *text, size_t i) {
    while (i > 0 && text[i - 1] != '\n')
        i--;
    return i;
}

/* Does the line text[ls, le) start, after blanks, with `//`? */
static bool line_comment_only(const char *text, size_t ls, size_t le) {
    size_t i = ls;
    while (i < le && (text[i] == ' ' || text[i] == '\t'))
        i++;
    return i + 1 < le && text[i] == '/' && text[i + 1] == '/';
}

bool tl_src_top_level_line(const char *text, size_t size, size_t begin, size_t *line_start) {
    if (!text || begin > size)
        return false;
    size_t ls = line_start_of(text, begin);
    for (size_t i = ls; i < begin; i++)
        if (text[i] != ' ' && text[i] != '\t')
            return false;
    *line_start = ls;
    /* walk back line by line to the last text that is neither blank nor a
     * comment nor a preprocessor line */
    size_t end = ls; /* one past the previous line's newline */
    while (end > 0) {
        size_t le = end - 1; /* the previous line's newline */
        if (le > 0 && text[le - 1] == '\r')
            le--;
        size_t pls = line_start_of(text, le);
        size_t last = le;
        while (last > pls && (text[last - 1] == ' ' || text[last - 1] == '\t' ||
                              text[last - 1] == '\r'))
            last--;
        size_t first = pls;
        while (first < last && (text[first] == ' ' || text[first] == '\t'))
            first++;
        if (first == last || line_comment_only(text, pls, last)) {
            end = pls;
            continue;
        }
        if (text[first] == '#')
            return text[last - 1] != '\\'; /* a directive that does not go on */
        if (last >= first + 2 && text[last - 2] == '*' && text[last - 1] == '/') {
            /* a block comment ending the line: go on before its start */
            size_t k = last - 2;
            while (k >= 1 && !(text[k - 1] == '/' && text[k] == '*'))
                k--;
            if (k < 1)
                return false;
            size_t open = k - 1, before = open, ols = line_start_of(text, open);
            while (before > ols && (text[before - 1] == ' ' || text[before - 1] == '\t'))
                before--;
            if (before > ols)
                return text[before - 1] == ';' || text[before - 1] == '}';
            end = ols;
            continue;
        }
        return text[last - 1] == ';' || text[last - 1] == '}';
    }
    return true;
}

bool tl_src_is_invocation(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && (ident_start(s[i]) || (i && s[i] >= '0' && s[i] <= '9')))
        i++;
    if (!i)
        return false;
    i = tl_src_skip_blank(s, i, n);
    if (i >= n || s[i] != '(')
        return false;
    int depth = 0;
    for (; i < n; i++) {
        depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
        if (depth == 0)
            return tl_src_skip_blank(s, i + 1, n) == n;
    }
    return false;
}

/* The end of the expression starting at s[i] in a macro's definition: the
 * first `)` that closes an outer paren, or `;` `,` `?` `:` `&&` `||` at
 * depth 0, or the end of the definition.  (The expression's own end maps
 * past the invocation, so it cannot say.) */
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
        while (len[i] && tl_src_is_blank(arg[i][0])) {
            arg[i]++;
            len[i]--;
        }
        while (len[i] && tl_src_is_blank(arg[i][len[i] - 1]))
            len[i]--;
    }
    return k;
}

/* Where the `#define` holding text[b] begins: back over continuation lines
 * to one that starts with '#'. */
static size_t define_line(const char *text, size_t b) {
    size_t line = b;
    for (;;) {
        while (line > 0 && text[line - 1] != '\n')
            line--;
        size_t i = line;
        while (tl_src_is_blank(text[i]) && text[i] != '\n')
            i++;
        if (text[i] == '#' || line == 0)
            return line;
        line--;
    }
}

enum { MACRO_MAX_PARAMS = 16 };

const char *tl_src_macro_expr(tl_arena *a, const char *text, size_t size, size_t off,
                              const char *inv, size_t inv_len) {
    if (!text || off >= size)
        return NULL;
    size_t b = off, e = macro_expr_end(text, off, size);
    size_t line = define_line(text, b);
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
        if (!tl_src_is_ident(text[i]) || (i > b && tl_src_is_ident(text[i - 1]))) {
            out[k++] = text[i++];
            continue;
        }
        size_t j = i;
        while (j < e && tl_src_is_ident(text[j]))
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
    return tl_src_collapse(a, out, k);
}

/* Past the number starting at t[i] (a preprocessing number: 0x1fu, 1e-5,
 * 0x1p+3, and C23's 1'000, whose ' must not open a character literal). */
static size_t past_number(const char *t, size_t i, size_t n) {
    while (i < n) {
        char c = t[i];
        if (ident_char(c) || c == '.')
            i++;
        else if ((c == '+' || c == '-') && strchr("eEpP", t[i - 1]))
            i++;
        else if (c == '\'' && i + 1 < n && ident_char(t[i + 1]))
            i += 2;
        else
            break;
    }
    return i;
}

bool tl_src_each_ident(const char *t, size_t n, tl_src_ident_fn fn, void *ud) {
    for (size_t i = 0; i < n;) {
        char c = t[i];
        if (c < '"') { /* blanks, `!`, bytes past ASCII where char is signed: the
                          commonest, so out at the first test */
            i++;
        } else if (ident_start(c)) {
            size_t b = i;
            while (i < n && ident_char(t[i]))
                i++;
            if (fn(t + b, i - b, ud))
                return true;
        } else if (c >= '0' && c <= '9') {
            i = past_number(t, i, n);
        } else if (c == '/' && i + 1 < n && t[i + 1] == '/') {
            while (i < n && t[i] != '\n')
                i++;
        } else if (c == '/' && i + 1 < n && t[i + 1] == '*') {
            i += 2;
            while (i + 1 < n && !(t[i] == '*' && t[i + 1] == '/'))
                i++;
            i += 2;
        } else if (c == '"' || c == '\'') {
            for (i++; i < n && t[i] != c; i++)
                if (t[i] == '\\')
                    i++;
            i++;
        } else {
            i++;
        }
    }
    return false;
}

/* Is t[0, at) ending in `(void)` (blanks and comments aside)? */
static bool after_void_cast(const char *t, size_t at) {
    static const char want[] = "(void)";
    size_t k = sizeof want - 1;
    while (k > 0 && at > 0) {
        char c = t[--at];
        if (tl_src_is_blank(c))
            continue;
        if (c != want[--k])
            return false;
    }
    return k == 0;
}

/* Is id[0, n), an identifier of def, a mention of the parameter that is
 * not `(void)param` (its declaration counts)?  Inline, as
 * tl_src_body_facts_see_word asks it of many identifiers. */
static inline bool mentions_param(const char *def, const char *id, size_t n,
                                  const char *param, size_t plen) {
    return n == plen && memcmp(id, param, n) == 0 && !after_void_cast(def, (size_t)(id - def));
}

typedef struct param_uses {
    const char *def, *param;
    size_t plen;
    int reads;
} param_uses;

static bool count_read(const char *id, size_t n, void *ud) {
    param_uses *u = ud;
    if (mentions_param(u->def, id, n, u->param, u->plen))
        u->reads++;
    return u->reads > 1; /* the declaration, then a read: done */
}

bool tl_src_param_unread(const char *def, size_t n, const char *param, size_t plen) {
    if (!plen)
        return true;
    param_uses u = {def, param, plen, 0};
    tl_src_each_ident(def, n, count_read, &u);
    return u.reads == 1; /* none: declared out of sight (a macro), so unknown */
}

/* The text after `p` past blanks starts with `want` (blanks inside it
 * skipped too); returns where the match ends, or NULL. */
static const char *match_loose(const char *p, const char *end, const char *want) {
    for (; *want; want++) {
        while (p < end && tl_src_is_blank(*p))
            p++;
        if (p >= end || *p != *want)
            return NULL;
        p++;
    }
    return p;
}

/* The loop keywords endless_loop_head looks for. */
static const char for_word[] = "for", while_word[] = "while";

/* Is id[0, n), in text ending at end, the head of an endless loop?
 * Inline, as tl_src_body_facts_see_word asks it of many identifiers. */
static inline bool endless_loop_head(const char *id, size_t n, const char *end) {
    const char *after = id + n;
    if (n == sizeof for_word - 1 && memcmp(id, for_word, n) == 0)
        return match_loose(after, end, "(;;)") != NULL;
    if (n == sizeof while_word - 1 && memcmp(id, while_word, n) == 0)
        return match_loose(after, end, "(1)") || match_loose(after, end, "(true)");
    return false;
}

typedef struct loop_scan {
    const char *end;
    bool found;
} loop_scan;

static bool endless_at(const char *id, size_t n, void *ud) {
    loop_scan *s = ud;
    s->found = endless_loop_head(id, n, s->end);
    return s->found;
}

bool tl_src_has_endless_loop(const char *def, size_t n) {
    loop_scan s = {def + n, false};
    tl_src_each_ident(def, n, endless_at, &s);
    return s.found;
}

void tl_src_body_facts_init(tl_src_body_facts *f, const char *def, size_t n, const char *param,
                            size_t plen) {
    *f = (tl_src_body_facts){.def = def, .end = def + n, .param = param, .plen = plen};
    f->lengths = 1u << (sizeof for_word - 1) | 1u << (sizeof while_word - 1);
    if (plen < 64)
        f->lengths |= (uint64_t)1 << plen;
}

void tl_src_body_facts_see_word(tl_src_body_facts *f, const char *id, size_t n) {
    if (!f->endless)
        f->endless = endless_loop_head(id, n, f->end);
    if (f->param_mentions < 2 && mentions_param(f->def, id, n, f->param, f->plen))
        f->param_mentions++;
}

bool tl_src_body_facts_param_unread(const tl_src_body_facts *f) {
    return !f->plen || f->param_mentions == 1;
}
