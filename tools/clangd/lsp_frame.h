/* The LSP base protocol: each message is a header block ending in an empty
 * line ("Content-Length: N\r\n\r\n") followed by N bytes of JSON.  The
 * reader keeps whole frames byte for byte, so a relay can forward them as
 * they came, and recovers from malformed input at the next header. */
#ifndef THREADLINT_LSP_FRAME_H
#define THREADLINT_LSP_FRAME_H

#include <stddef.h>

typedef struct tl_frame_reader {
    char *buf;
    size_t start, len, cap; /* unread bytes are buf[start, len) */
    size_t body_scanned;    /* how far a pending body was searched for a header */
} tl_frame_reader;

typedef struct tl_frame {
    const char *raw; /* headers and body, exactly as received */
    size_t raw_len;
    const char *body;
    size_t body_len;
} tl_frame;

typedef enum tl_frame_status {
    TL_FRAME_NONE,      /* no complete frame buffered yet */
    TL_FRAME_OK,        /* *frame is the next message */
    TL_FRAME_RECOVERED, /* *frame is usable, but its Content-Length was too big */
    TL_FRAME_DROPPED,   /* malformed bytes were dropped up to the next header */
} tl_frame_status;

void tl_frame_reader_append(tl_frame_reader *r, const char *data, size_t n);
/* Takes the next frame.  *frame stays valid until the reader is next
 * called or appended to; *why (for RECOVERED and DROPPED) says what was
 * wrong. */
tl_frame_status tl_frame_reader_next(tl_frame_reader *r, tl_frame *frame, const char **why);
/* Bytes buffered but not yet taken (an unfinished frame). */
size_t tl_frame_reader_pending(const tl_frame_reader *r);
void tl_frame_reader_free(tl_frame_reader *r);

#endif
