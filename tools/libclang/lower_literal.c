/* Integer constants read from their spelling.  clang_Cursor_Evaluate costs
 * as much as lowering the rest of a small expression, and most constants
 * are plain literals (0, -1, 42u, 0x10): those are read here; anything
 * else (a macro name, a character escape, a value past 64 bits, C23's wb)
 * goes to the evaluator. */
#include "lower_internal.h"

#include <limits.h>

#include "hex.h"

/* u, l, ll in any order C allows (ul, llu, LU, ...); not lL or wb. */
static bool plain_suffix(const char *s, size_t n) {
    size_t i = 0;
    bool u = false, l = false;
    while (i < n) {
        if ((s[i] == 'u' || s[i] == 'U') && !u) {
            u = true;
            i++;
        } else if ((s[i] == 'l' || s[i] == 'L') && !l) {
            l = true;
            i += i + 1 < n && s[i + 1] == s[i] ? 2 : 1;
        } else {
            return false;
        }
    }
    return true;
}

/* The value of an integer literal spelled s[0..n), as the evaluator gives
 * it (a value past LLONG_MAX has an unsigned type and wraps alike). */
static bool integer_spelling(const char *s, size_t n, long long *out) {
    unsigned base = 10;
    size_t i = 0;
    if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        base = 16, i = 2;
    else if (n >= 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        base = 2, i = 2;
    else if (n >= 1 && s[0] == '0')
        base = 8;
    size_t first = i;
    unsigned long long v = 0;
    for (; i < n; i++) {
        if (s[i] == '\'' && i > first && i + 1 < n && (unsigned)tl_hex_digit(s[i + 1]) < base)
            continue; /* C23 digit separator */
        int d = tl_hex_digit(s[i]);
        if (d < 0 || d >= (int)base)
            break;
        if (v > (ULLONG_MAX - (unsigned)d) / base)
            return false;
        v = v * base + (unsigned)d;
    }
    if (i == first || !plain_suffix(s + i, n - i))
        return false;
    *out = (long long)v;
    return true;
}

bool lower_eval_literal_here(lower_tu *lt, CXCursor c, long long *out) {
    if (clang_getCursorKind(c) == CXCursor_IntegerLiteral) {
        size_t rest = 0;
        const char *s = lower_text_from(lt, lower_loc(lt, clang_getCursorLocation(c)), &rest);
        size_t n = s ? tl_src_token_length(s, rest, 0) : 0;
        if (n && integer_spelling(s, n, out))
            return true;
    }
    return lower_eval_int(c, out);
}

bool lower_eval_literal(lower_tu *lt, CXCursor c, tl_range extent, long long *out) {
    if (clang_getCursorKind(c) == CXCursor_IntegerLiteral) {
        size_t n = 0;
        const char *s = lower_span(lt, extent, &n);
        if (s && integer_spelling(s, n, out))
            return true;
    }
    return lower_eval_int(c, out);
}
