/* NOLINT comments, with clang-tidy's meaning:
 *   NOLINT                    this line, every rule
 *   NOLINT(a, b*)             this line, the listed rules (globs allowed)
 *   NOLINTNEXTLINE[(...)]     the line below
 *   NOLINTBEGIN[(...)] ... NOLINTEND[(...)]
 *                             every line from BEGIN to the END with the
 *                             same list; an unmatched one suppresses nothing
 * Like clang-tidy we look at the raw line text, not at the lexer. */
#include "analyze.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef enum mark_kind { MARK_LINE, MARK_NEXTLINE, MARK_BEGIN, MARK_END } mark_kind;

typedef struct marker {
    mark_kind kind;
    unsigned line;
    bool has_list;    /* a parenthesised list follows */
    const char *list; /* between the parentheses */
    size_t list_len;
} marker;

static bool is_ident_char(char c) { return isalnum((unsigned char)c) || c == '_'; }

static bool starts_with(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    return (size_t)(end - p) >= n && memcmp(p, word, n) == 0;
}

/* Parses a marker at p (which starts with "NOLINT"); false when the text is
 * only something that looks like one ("NOLINTFOO", an unclosed list). */
static bool parse_marker(const char *p, const char *end, unsigned line, marker *m) {
    p += strlen("NOLINT");
    m->kind = MARK_LINE;
    if (starts_with(p, end, "NEXTLINE")) {
        m->kind = MARK_NEXTLINE;
        p += strlen("NEXTLINE");
    } else if (starts_with(p, end, "BEGIN")) {
        m->kind = MARK_BEGIN;
        p += strlen("BEGIN");
    } else if (starts_with(p, end, "END")) {
        m->kind = MARK_END;
        p += strlen("END");
    }
    m->line = line;
    m->has_list = false;
    m->list = NULL;
    m->list_len = 0;
    if (p < end && *p == '(') {
        const char *close = memchr(p, ')', (size_t)(end - p));
        if (!close)
            return false;
        m->has_list = true;
        m->list = p + 1;
        m->list_len = (size_t)(close - p - 1);
        return true;
    }
    return p == end || !is_ident_char(*p);
}

/* True when the marker applies to `rule`: no list means every rule. */
static bool marker_names(const marker *m, const char *rule) {
    if (!m->has_list)
        return true;
    const char *p = m->list, *end = m->list + m->list_len;
    while (p < end) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *stop = comma ? comma : end;
        const char *b = p, *e = stop;
        while (b < e && isspace((unsigned char)*b))
            b++;
        while (e > b && isspace((unsigned char)e[-1]))
            e--;
        char glob[256]; /* far longer than any rule name; longer globs are ignored */
        size_t n = (size_t)(e - b);
        if (n > 0 && n < sizeof glob) {
            memcpy(glob, b, n);
            glob[n] = '\0';
            if (tl_glob_match(glob, rule))
                return true;
        }
        p = stop + 1;
    }
    return false;
}

/* BEGIN and END pair up when their lists are the same, ignoring spaces. */
static bool same_list(const marker *a, const marker *b) {
    if (a->has_list != b->has_list)
        return false;
    if (!a->has_list)
        return true; /* no list, and so no pointer to step through */
    const char *p = a->list, *pe = a->list + a->list_len;
    const char *q = b->list, *qe = b->list + b->list_len;
    for (;;) {
        while (p < pe && isspace((unsigned char)*p))
            p++;
        while (q < qe && isspace((unsigned char)*q))
            q++;
        if (p == pe || q == qe)
            return p == pe && q == qe;
        if (*p++ != *q++)
            return false;
    }
}

typedef struct open_blocks {
    marker *items;
    int n, cap;
} open_blocks;

static void push_open(open_blocks *s, const marker *m) {
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        marker *items = realloc(s->items, sizeof *items * (size_t)cap);
        if (!items)
            return; /* out of memory: this BEGIN simply does not count */
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = *m;
}

/* Closes the newest BEGIN with the same list; true when that block covers
 * `line` and names `rule`. */
static bool close_block(open_blocks *s, const marker *end, unsigned line, const char *rule) {
    for (int i = s->n - 1; i >= 0; i--) {
        if (!same_list(&s->items[i], end))
            continue;
        marker begin = s->items[i];
        memmove(&s->items[i], &s->items[i + 1], sizeof *s->items * (size_t)(s->n - i - 1));
        s->n--;
        return begin.line <= line && line <= end->line && marker_names(&begin, rule);
    }
    return false; /* an END without its BEGIN */
}

/* Any BEGIN still open at or above `line`?  If not, nothing later can
 * cover the line and the scan can stop. */
static bool open_before(const open_blocks *s, unsigned line) {
    for (int i = 0; i < s->n; i++)
        if (s->items[i].line <= line)
            return true;
    return false;
}

static bool marker_suppresses(const marker *m, open_blocks *open, unsigned line,
                              const char *rule) {
    switch (m->kind) {
    case MARK_LINE:
        return m->line == line && marker_names(m, rule);
    case MARK_NEXTLINE:
        return m->line + 1 == line && marker_names(m, rule);
    case MARK_BEGIN:
        push_open(open, m);
        return false;
    case MARK_END:
        return close_block(open, m, line, rule);
    }
    return false;
}

struct tl_nolint_marks {
    marker *items; /* in file order */
    int n, cap;
};

static void add_mark(tl_nolint_marks *ms, const marker *m) {
    if (ms->n == ms->cap) {
        int cap = ms->cap ? ms->cap * 2 : 8;
        marker *items = realloc(ms->items, sizeof *items * (size_t)cap);
        if (!items)
            return; /* out of memory: this marker simply does not count */
        ms->items = items;
        ms->cap = cap;
    }
    ms->items[ms->n++] = *m;
}

/* One pass over the file; queries then read only the markers, so a file
 * with many findings is not read once per finding. */
tl_nolint_marks *tl_nolint_scan(const char *text, unsigned long len) {
    tl_nolint_marks *ms = calloc(1, sizeof *ms);
    if (!ms || !text)
        return ms;
    const char *p = text, *end = text + len, *counted = text;
    unsigned line = 1;
    while (p + 6 <= end) {
        const char *q = memchr(p, 'N', (size_t)(end - p));
        if (!q || q + 6 > end)
            break;
        if (memcmp(q, "NOLINT", 6) != 0) {
            p = q + 1;
            continue;
        }
        for (const char *nl; (nl = memchr(counted, '\n', (size_t)(q - counted))); counted = nl + 1)
            line++;
        counted = q;
        const char *nl = memchr(q, '\n', (size_t)(end - q));
        marker m;
        if (parse_marker(q, nl ? nl : end, line, &m))
            add_mark(ms, &m);
        p = q + 6;
    }
    return ms;
}

void tl_nolint_marks_free(tl_nolint_marks *ms) {
    if (ms)
        free(ms->items);
    free(ms);
}

bool tl_nolint_marks_suppress(const tl_nolint_marks *ms, unsigned line, const char *rule) {
    if (!ms || line == 0)
        return false;
    open_blocks open = {0};
    bool suppressed = false;
    for (int i = 0; i < ms->n && !suppressed; i++) {
        const marker *m = &ms->items[i];
        if (m->line > line && !open_before(&open, line))
            break;
        suppressed = marker_suppresses(m, &open, line, rule);
    }
    free(open.items);
    return suppressed;
}

bool tl_nolint_suppresses(const char *text, unsigned long len, unsigned line,
                          const char *rule) {
    if (!text || line == 0)
        return false;
    tl_nolint_marks *ms = tl_nolint_scan(text, len);
    bool suppressed = tl_nolint_marks_suppress(ms, line, rule);
    tl_nolint_marks_free(ms);
    return suppressed;
}
