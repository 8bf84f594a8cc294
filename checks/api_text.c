#include "api_text.h"

#include <string.h>

enum { MAX_MACRO_PARAMS = 64 };

typedef struct span {
    const char *b, *e;
} span;

static bool ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }

static const char *ident_end(const char *p, const char *end) {
    while (p < end && ident_char(*p))
        p++;
    return p;
}

static bool span_is(span s, const char *word) {
    size_t n = strlen(word);
    return (size_t)(s.e - s.b) == n && memcmp(s.b, word, n) == 0;
}

int tl_gate_merge(int a, int b) {
    if (a == TL_GATE_NOT_API)
        return b;
    if (b == TL_GATE_NOT_API || a == b)
        return a;
    return TL_GATE_ALWAYS; /* two different gates, or one is ALWAYS */
}

/* Past whitespace, comments and backslash-newlines (macro bodies). */
static const char *skip_blank(const char *p, const char *end) {
    while (p < end) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') {
            p++;
        } else if (*p == '\\' && p + 1 < end && (p[1] == '\n' || p[1] == '\r')) {
            p += 2;
        } else if (*p == '/' && p + 1 < end && p[1] == '/') {
            while (p < end && *p != '\n')
                p++;
        } else if (*p == '/' && p + 1 < end && p[1] == '*') {
            p += 2;
            while (p + 1 < end && !(p[0] == '*' && p[1] == '/'))
                p++;
            p = p + 2 < end ? p + 2 : end;
        } else {
            break;
        }
    }
    return p;
}

/* Past a string or character literal starting at p. */
static const char *skip_literal(const char *p, const char *end) {
    char quote = *p++;
    while (p < end && *p != quote && *p != '\n') {
        if (*p == '\\')
            p++;
        p++;
    }
    return p < end ? p + 1 : end;
}

/* Past anything that is not code: blanks, comments, literals. */
static const char *skip_noise(const char *p, const char *end) {
    for (;;) {
        const char *q = skip_blank(p, end);
        if (q < end && (*q == '"' || *q == '\''))
            q = skip_literal(q, end);
        if (q == p)
            return p;
        p = q;
    }
}

/* The ')' matching the '(' at p, or NULL when the text ends first. */
static const char *closing_paren(const char *p, const char *end) {
    int depth = 0;
    for (; p < end; p++) {
        const char *q = skip_noise(p, end);
        if (q != p) {
            p = q - 1;
            continue;
        }
        if (*p == '(')
            depth++;
        else if (*p == ')' && --depth == 0)
            return p;
    }
    return NULL;
}

/* Argument `index` of the call whose callee name ends at `after`: false
 * when no '(' follows, the call has fewer arguments, or the text ends
 * before the call does. */
static bool call_arg(const char *after, const char *end, int index, span *out) {
    const char *p = skip_blank(after, end);
    if (p >= end || *p != '(')
        return false;
    int depth = 0, arg = 0;
    const char *start = ++p;
    while (p < end) {
        const char *q = skip_noise(p, end);
        if (q != p) {
            p = q;
            continue;
        }
        char c = *p;
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        } else if (c == ')' || (c == ',' && depth == 0)) {
            if (arg == index) {
                *out = (span){start, p};
                return true;
            }
            if (c == ')')
                return false;
            arg++;
            start = p + 1;
        } else if (c == ']' || c == '}') {
            return false; /* unbalanced: not a call we can read */
        }
        p++;
    }
    return false;
}

/* `void *`, `const pthread_mutexattr_t *`: identifiers ending in '*'. */
static bool is_pointer_type(const char *p, const char *end) {
    bool seen_ident = false, last_star = false;
    for (p = skip_blank(p, end); p < end; p = skip_blank(p, end)) {
        if (ident_start(*p)) {
            p = ident_end(p, end);
            seen_ident = true;
            last_star = false;
        } else if (*p == '*') {
            p++;
            last_star = seen_ident;
        } else {
            return false;
        }
    }
    return last_star;
}

static bool is_zero_literal(span s) {
    const char *p = s.b;
    if (p >= s.e || *p != '0')
        return false;
    while (p < s.e && *p == '0')
        p++;
    while (p < s.e && (*p == 'u' || *p == 'U' || *p == 'l' || *p == 'L'))
        p++;
    return p == s.e;
}

bool tl_text_is_null(const char *t, size_t n) {
    const char *end = t + n;
    const char *p = skip_blank(t, end);
    if (p >= end)
        return false;
    if (*p == '(') {
        const char *close = closing_paren(p, end);
        if (!close)
            return false;
        const char *rest = skip_blank(close + 1, end);
        if (rest == end) /* (X) */
            return tl_text_is_null(p + 1, (size_t)(close - p - 1));
        if (is_pointer_type(p + 1, close)) /* (T *)X */
            return tl_text_is_null(rest, (size_t)(end - rest));
        return false;
    }
    span tok = {p, ident_char(*p) ? ident_end(p, end) : p};
    if (tok.e == tok.b || skip_blank(tok.e, end) != end)
        return false;
    return span_is(tok, "NULL") || span_is(tok, "nullptr") || is_zero_literal(tok);
}

bool tl_text_call_may_matter(const char *after, const char *end, int gate) {
    if (gate < 0)
        return gate == TL_GATE_ALWAYS;
    span arg;
    if (!call_arg(after, end, gate, &arg))
        return true;
    return !tl_text_is_null(arg.b, (size_t)(arg.e - arg.b));
}

/* ---- #define lines -------------------------------------------------------- */

typedef struct macro_params {
    span v[MAX_MACRO_PARAMS];
    int n;
    bool readable; /* false: too many, or not plain identifiers */
} macro_params;

/* `(a, b, ...)` right after a function-like macro's name; returns the
 * position after the ')'. */
static const char *read_params(const char *p, const char *end, macro_params *out) {
    out->n = 0;
    out->readable = true;
    for (p = skip_blank(p + 1, end); p < end && *p != ')'; p = skip_blank(p, end)) {
        if (ident_start(*p) && out->n < MAX_MACRO_PARAMS) {
            const char *e = ident_end(p, end);
            out->v[out->n++] = (span){p, e};
            p = e;
        } else if (*p == ',') {
            p++;
        } else {
            out->readable = out->readable && *p == '.'; /* `...` names no parameter */
            p++;
        }
    }
    return p < end ? p + 1 : end;
}

/* Which parameter an argument is, when it is just that parameter (maybe
 * in parentheses); -1 otherwise. */
static int param_index(span arg, const macro_params *params) {
    const char *p = skip_blank(arg.b, arg.e);
    if (p < arg.e && *p == '(') {
        const char *close = closing_paren(p, arg.e);
        if (close && skip_blank(close + 1, arg.e) == arg.e)
            return param_index((span){p + 1, close}, params);
        return -1;
    }
    span id = {p, ident_end(p, arg.e)};
    if (id.e == id.b || skip_blank(id.e, arg.e) != arg.e || !params->readable)
        return -1;
    for (int k = 0; k < params->n; k++)
        if (params->v[k].e - params->v[k].b == id.e - id.b &&
            memcmp(params->v[k].b, id.b, (size_t)(id.e - id.b)) == 0)
            return k;
    return -1;
}

/* The gate a macro body gives its macro. */
static int body_gate(const char *p, const char *end, const macro_params *params,
                     tl_text_lookup_fn lookup, void *ud) {
    int gate = TL_GATE_NOT_API;
    while (p < end) {
        const char *q = skip_noise(p, end);
        if (q != p) {
            p = q;
            continue;
        }
        if (!ident_start(*p)) {
            p++;
            continue;
        }
        const char *e = ident_end(p, end);
        int g = lookup(p, (size_t)(e - p), ud);
        span arg;
        if (g == TL_GATE_ALWAYS || (g >= 0 && !call_arg(e, end, g, &arg)))
            return TL_GATE_ALWAYS;
        if (g == TL_GATE_ACCESSOR)
            gate = tl_gate_merge(gate, g);
        if (g >= 0 && !tl_text_is_null(arg.b, (size_t)(arg.e - arg.b))) {
            int k = params ? param_index(arg, params) : -1;
            if (k < 0)
                return TL_GATE_ALWAYS;
            gate = tl_gate_merge(gate, k);
        }
        p = e;
    }
    return gate;
}

/* Does the newline at t[eol] end a line that a backslash continues? */
static bool continued(const char *t, size_t eol) {
    return (eol >= 1 && t[eol - 1] == '\\') ||
           (eol >= 2 && t[eol - 1] == '\r' && t[eol - 2] == '\\');
}

bool tl_text_scan_macros(const char *t, size_t n, tl_text_lookup_fn lookup,
                         tl_text_define_fn define, void *ud) {
    bool changed = false;
    const char *end = t + n;
    for (size_t i = 0; i < n; i++) {
        /* Whole headers pass through here: let memchr find the next '#'. */
        const char *hash = memchr(t + i, '#', n - i);
        if (!hash)
            break;
        i = (size_t)(hash - t);
        if (i > 0 && t[i - 1] != '\n' && t[i - 1] != ' ' && t[i - 1] != '\t')
            continue;
        size_t j = i + 1;
        while (j < n && (t[j] == ' ' || t[j] == '\t'))
            j++;
        if (n - j < 6 || memcmp(t + j, "define", 6) != 0)
            continue;
        j += 6;
        while (j < n && (t[j] == ' ' || t[j] == '\t'))
            j++;
        const char *name = t + j;
        const char *name_end = ident_end(name, end);
        size_t eol = (size_t)(name_end - t);
        while (eol < n && !(t[eol] == '\n' && !continued(t, eol)))
            eol++;
        if (name_end > name) {
            macro_params params;
            bool function_like = name_end < t + eol && *name_end == '(';
            const char *body = function_like ? read_params(name_end, t + eol, &params) : name_end;
            size_t len = (size_t)(name_end - name);
            int old = lookup(name, len, ud);
            int merged = tl_gate_merge(
                old, body_gate(body, t + eol, function_like ? &params : NULL, lookup, ud));
            if (merged != old) {
                define(name, len, merged, ud);
                changed = true;
            }
        }
        i = eol;
    }
    return changed;
}
