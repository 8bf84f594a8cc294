#include "lsp_position.h"

#include <string.h>

bool tl_lsp_encoding_parse(const char *name, tl_lsp_encoding *out) {
    if (strcmp(name, "utf-16") == 0)
        *out = TL_LSP_UTF16;
    else if (strcmp(name, "utf-8") == 0)
        *out = TL_LSP_UTF8;
    else if (strcmp(name, "utf-32") == 0)
        *out = TL_LSP_UTF32;
    else
        return false;
    return true;
}

/* Length in bytes of the UTF-8 sequence at s[0, n); 1 for a byte that does
 * not start a valid one, so malformed text still advances. */
static size_t sequence_length(const unsigned char *s, size_t n) {
    size_t k = 0;
    if (s[0] < 0x80)
        k = 1;
    else if ((s[0] & 0xE0) == 0xC0)
        k = 2;
    else if ((s[0] & 0xF0) == 0xE0)
        k = 3;
    else if ((s[0] & 0xF8) == 0xF0)
        k = 4;
    if (k == 0 || k > n)
        return 1;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 1;
    return k;
}

/* Code units one UTF-8 sequence of `bytes` bytes takes. */
static long units(size_t bytes, tl_lsp_encoding enc) {
    switch (enc) {
    case TL_LSP_UTF8:
        return (long)bytes;
    case TL_LSP_UTF32:
        return 1;
    case TL_LSP_UTF16:
        return bytes == 4 ? 2 : 1; /* beyond the BMP: a surrogate pair */
    }
    return 1;
}

static bool is_line_break(char c) { return c == '\n' || c == '\r'; }

/* The offset just past the line break at `at`. */
static size_t skip_line_break(const char *text, size_t len, size_t at) {
    if (text[at] == '\r' && at + 1 < len && text[at + 1] == '\n')
        return at + 2;
    return at + 1;
}

static size_t line_start(const char *text, size_t len, long line) {
    size_t at = 0;
    for (long l = 0; l < line && at < len;) {
        if (is_line_break(text[at])) {
            at = skip_line_break(text, len, at);
            l++;
        } else {
            at++;
        }
    }
    return at;
}

size_t tl_lsp_offset(const char *text, size_t len, long line, long character, tl_lsp_encoding enc) {
    if (line < 0)
        return 0;
    size_t at = line_start(text, len, line);
    const unsigned char *t = (const unsigned char *)text;
    for (long counted = 0; at < len && !is_line_break(text[at]);) {
        size_t k = sequence_length(t + at, len - at);
        long u = units(k, enc);
        if (counted + u > character)
            break;
        counted += u;
        at += k;
    }
    return at;
}

void tl_lsp_position(const char *text, size_t len, size_t offset, tl_lsp_encoding enc, long *line,
                     long *character) {
    if (offset > len)
        offset = len;
    long l = 0;
    size_t start = 0;
    for (size_t at = 0; at < offset;) {
        if (is_line_break(text[at])) {
            size_t next = skip_line_break(text, len, at);
            if (next > offset) /* between "\r" and "\n": still this line */
                break;
            at = start = next;
            l++;
        } else {
            at++;
        }
    }
    const unsigned char *t = (const unsigned char *)text;
    long c = 0;
    for (size_t at = start; at < offset;) {
        size_t k = sequence_length(t + at, len - at);
        if (at + k > offset) /* an offset inside a sequence: count its start */
            break;
        c += units(k, enc);
        at += k;
    }
    *line = l;
    *character = c;
}

static bool is_word_byte(unsigned char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

size_t tl_lsp_word_end(const char *text, size_t len, size_t offset) {
    size_t at = offset;
    while (at < len && is_word_byte((unsigned char)text[at]))
        at++;
    return at;
}
