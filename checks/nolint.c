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

/* A growable list of markers: the file's, and the BEGINs still open. */
typedef struct marker_list {
    marker *items;
    int n, cap;
} marker_list;

static void push_marker(marker_list *l, const marker *m) {
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        marker *items = realloc(l->items, sizeof *items * (size_t)cap);
        if (!items)
            return; /* out of memory: this marker simply does not count */
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = *m;
}

static bool close_block(marker_list *s, const marker *end, unsigned line, const char *rule) {
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
static bool open_before(const marker_list *s, unsigned line) {
    for (int i = 0; i < s->n; i++)
        if (s->items[i].line <= line)
            return true;
    return false;
}

static bool marker_suppresses(const marker *m, marker_list *open, unsigned line,
                              const char *rule) {
    switch (m->kind) {
    case MARK_LINE:
        return m->line == line && marker_names(m, rule);
    case MARK_NEXTLINE:
        return m->line + 1 == line && marker_names(m, rule);
    case MARK_BEGIN:
        push_marker(open, m);
        return false;
    case MARK_END:
        return close_block(open, m, line, rule);
    }
    return false;
}

struct tl_nolint_marks {
    marker_list list; /* in file order */
};

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
            push_marker(&ms->list, &m);
        p = q + 6;
    }
    return ms;
}

void tl_nolint_marks_free(tl_nolint_marks *ms) {
    if (ms)
        free(ms->list.items);
    free(ms);
}

bool tl_nolint_marks_suppress(const tl_nolint_marks *ms, unsigned line, const char *rule) {
    if (!ms || line == 0)
        return false;
    marker_list open = {0};
    bool suppressed = false;
    for (int i = 0; i < ms->list.n && !suppressed; i++) {
        const marker *m = &ms->list.items[i];
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
