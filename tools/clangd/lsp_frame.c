#include "lsp_frame.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "strv.h"

enum {
    MAX_HEADER_BYTES = 64 * 1024,
    MAX_BODY_BYTES = 1 << 30,
};

static const char length_header[] = "Content-Length:";

void tl_frame_reader_append(tl_frame_reader *r, const char *data, size_t n) {
    if (n == 0)
        return; /* nothing to add, and an empty reader has no buffer to add it to */
    if (r->start > 0 && r->start == r->len) {
        r->start = r->len = 0;
    } else if (r->start > 0 && r->len + n > r->cap) { /* reuse the consumed front first */
        memmove(r->buf, r->buf + r->start, r->len - r->start);
        r->len -= r->start;
        r->start = 0;
    }
    if (r->len + n > r->cap) {
        while (r->len + n > r->cap)
            r->cap = r->cap ? r->cap * 2 : 64 * 1024;
        r->buf = tl_xrealloc(r->buf, r->cap);
    }
    memcpy(r->buf + r->len, data, n);
    r->len += n;
}

size_t tl_frame_reader_pending(const tl_frame_reader *r) { return r->len - r->start; }

void tl_frame_reader_free(tl_frame_reader *r) {
    free(r->buf);
    memset(r, 0, sizeof *r);
}

/* Case-insensitive search for "Content-Length:" in [from, to). */
static const char *find_length_header(const char *from, const char *to) {
    size_t k = sizeof length_header - 1;
    for (const char *p = from; p + k <= to; p++)
        if (strncasecmp(p, length_header, k) == 0)
            return p;
    return NULL;
}

static const char *find_blank_line(const char *from, const char *to) {
    for (const char *p = from; p + 4 <= to; p++)
        if (memcmp(p, "\r\n\r\n", 4) == 0)
            return p;
    return NULL;
}

/* Drops bytes up to the next "Content-Length:" after the first byte, or all
 * but a tail that may be the start of one. */
static void resync(tl_frame_reader *r) {
    const char *b = r->buf + r->start, *e = r->buf + r->len;
    const char *next = find_length_header(b + 1, e);
    size_t keep = sizeof length_header - 2;
    if (next)
        r->start = (size_t)(next - r->buf);
    else
        r->start = r->len - r->start > keep ? r->len - keep : r->start + 1;
    if (r->start > r->len)
        r->start = r->len;
    r->body_scanned = 0;
}

/* Content-Length from the header block [b, e); -1 when it is missing or
 * malformed, or another line is not "Name: value". */
static long long content_length(const char *b, const char *e) {
    long long length = -1;
    while (b < e) {
        const char *eol = b;
        while (eol + 1 < e && !(eol[0] == '\r' && eol[1] == '\n'))
            eol++;
        if (eol + 1 >= e)
            eol = e;
        const char *colon = memchr(b, ':', (size_t)(eol - b));
        if (!colon || colon == b)
            return -1;
        if ((size_t)(colon - b) == sizeof length_header - 2 &&
            strncasecmp(b, length_header, sizeof length_header - 2) == 0) {
            const char *v = colon + 1;
            while (v < eol && (*v == ' ' || *v == '\t'))
                v++;
            long long n = 0;
            const char *d = v;
            for (; d < eol && *d >= '0' && *d <= '9' && n <= MAX_BODY_BYTES; d++)
                n = n * 10 + (*d - '0');
            while (d < eol && (*d == ' ' || *d == '\t'))
                d++;
            if (d == v || d != eol || n > MAX_BODY_BYTES)
                return -1;
            length = n;
        }
        b = eol + 2;
    }
    return length;
}

/* A body cut short by a Content-Length that was too big: the next header
 * shows up inside it, right after a complete JSON value. */
static const char *early_end(tl_frame_reader *r, const char *body, const char *end) {
    size_t k = sizeof length_header - 1;
    const char *from = body + (r->body_scanned > k ? r->body_scanned - k : 0);
    r->body_scanned = (size_t)(end - body);
    for (const char *h = find_length_header(from, end); h; h = find_length_header(h + 1, end)) {
        json_t *v = json_loadb(body, (size_t)(h - body), JSON_DECODE_ANY, NULL);
        if (v) {
            json_decref(v);
            return h;
        }
    }
    return NULL;
}

tl_frame_status tl_frame_reader_next(tl_frame_reader *r, tl_frame *frame, const char **why) {
    *why = NULL;
    if (r->start == r->len) /* nothing buffered, perhaps not even a buffer */
        return TL_FRAME_NONE;
    const char *b = r->buf + r->start, *e = r->buf + r->len;
    const char *blank = find_blank_line(b, e);
    if (!blank) {
        if ((size_t)(e - b) <= MAX_HEADER_BYTES)
            return TL_FRAME_NONE;
        *why = "header block too long";
        resync(r);
        return TL_FRAME_DROPPED;
    }
    long long length = content_length(b, blank);
    if (length < 0) {
        *why = "malformed header (no valid Content-Length)";
        resync(r);
        return TL_FRAME_DROPPED;
    }
    const char *body = blank + 4, *end = body + length;
    tl_frame_status status = TL_FRAME_OK;
    if (end > e) {
        end = early_end(r, body, e);
        if (!end)
            return TL_FRAME_NONE;
        *why = "Content-Length larger than the message; resynchronised at the next header";
        status = TL_FRAME_RECOVERED;
    }
    *frame = (tl_frame){b, (size_t)(end - b), body, (size_t)(end - body)};
    r->start = (size_t)(end - r->buf);
    r->body_scanned = 0;
    return status;
}
