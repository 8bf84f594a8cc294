/* threadlint-clangd's pure parts: LSP framing with its recovery from bad
 * input, and positions in UTF-8, UTF-16 and UTF-32 code units. */
#include <string.h>

#include "../expect.h"
#include "lsp_frame.h"
#include "lsp_position.h"

static void feed(tl_frame_reader *r, const char *s) { tl_frame_reader_append(r, s, strlen(s)); }

static bool body_is(const tl_frame *f, const char *want) {
    return f->body_len == strlen(want) && memcmp(f->body, want, f->body_len) == 0;
}

static void frames(void) {
    tl_frame_reader r = {0};
    tl_frame f;
    const char *why;
    /* nothing appended to a reader with no buffer yet (found by fuzz_lsp) */
    tl_frame_reader_append(&r, "", 0);
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_NONE);
    /* split anywhere, extra headers kept in raw */
    feed(&r, "Content-Length: 2\r\nContent-Type: x\r");
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_NONE);
    feed(&r, "\n\r\n{}content-length:3\r\n\r\n[1]");
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_OK && body_is(&f, "{}"));
    EXPECT(f.raw_len == strlen("Content-Length: 2\r\nContent-Type: x\r\n\r\n{}"));
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_OK && body_is(&f, "[1]"));
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_NONE);

    /* a bad length, then garbage: dropped up to the next header */
    feed(&r, "Content-Length: x\r\n\r\n{}junk\r\n\r\nContent-Length: 2\r\n\r\n{}");
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_DROPPED && why);
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_OK && body_is(&f, "{}"));

    /* too long a length: the next header right after complete JSON ends it */
    feed(&r, "Content-Length: 99\r\n\r\n{\"a\":1}Content-Length: 2\r\n\r\n{}");
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_RECOVERED && body_is(&f, "{\"a\":1}"));
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_OK && body_is(&f, "{}"));
    /* ... but not a header inside a string */
    feed(&r, "Content-Length: 39\r\n\r\n{\"a\":\"Content-Length: 2\"");
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_NONE);
    feed(&r, ",\"b\":123456789}");
    EXPECT(tl_frame_reader_next(&r, &f, &why) == TL_FRAME_OK);
    tl_frame_reader_free(&r);
}

/* "é" is 2 bytes, "–" 3, "😀" 4 (a UTF-16 surrogate pair). */
static const char text[] = "a\xC3\xA9z\r\n\xE2\x80\x93\xF0\x9F\x98\x80x\ry\n";

static void positions(void) {
    size_t n = sizeof text - 1;
    /* line 0: a é z */
    EXPECT(tl_lsp_offset(text, n, 0, 2, TL_LSP_UTF16) == 3);
    EXPECT(tl_lsp_offset(text, n, 0, 3, TL_LSP_UTF8) == 3);
    EXPECT(tl_lsp_offset(text, n, 0, 99, TL_LSP_UTF16) == 4); /* past the end: line end */
    /* line 1 after "\r\n": – 😀 x */
    EXPECT(tl_lsp_offset(text, n, 1, 1, TL_LSP_UTF16) == 9);
    EXPECT(tl_lsp_offset(text, n, 1, 3, TL_LSP_UTF16) == 13);
    EXPECT(tl_lsp_offset(text, n, 1, 2, TL_LSP_UTF16) == 9); /* inside the pair */
    EXPECT(tl_lsp_offset(text, n, 1, 2, TL_LSP_UTF32) == 13);
    EXPECT(tl_lsp_offset(text, n, 1, 7, TL_LSP_UTF8) == 13);
    /* a lone "\r" ends line 1 too; past the last line: the end */
    EXPECT(tl_lsp_offset(text, n, 2, 0, TL_LSP_UTF16) == 15);
    EXPECT(tl_lsp_offset(text, n, 9, 0, TL_LSP_UTF16) == n);

    long l, c;
    tl_lsp_position(text, n, 13, TL_LSP_UTF16, &l, &c);
    EXPECT(l == 1 && c == 3);
    tl_lsp_position(text, n, 13, TL_LSP_UTF8, &l, &c);
    EXPECT(l == 1 && c == 7);
    tl_lsp_position(text, n, 13, TL_LSP_UTF32, &l, &c);
    EXPECT(l == 1 && c == 2);
    tl_lsp_position(text, n, 15, TL_LSP_UTF16, &l, &c);
    EXPECT(l == 2 && c == 0);

    EXPECT(tl_lsp_word_end("pthread_create(&t", 17, 0) == 14);
    tl_lsp_encoding e;
    EXPECT(tl_lsp_encoding_parse("utf-32", &e) && e == TL_LSP_UTF32);
    EXPECT(!tl_lsp_encoding_parse("utf-7", &e));
}

int main(void) {
    frames();
    positions();
    return failures ? 1 : 0;
}
