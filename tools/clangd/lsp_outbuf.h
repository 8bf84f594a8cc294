/* Output that never blocks: bytes queue here and go out as the reader
 * takes them, so a slow editor or clangd cannot stall the relay. */
#ifndef THREADLINT_LSP_OUTBUF_H
#define THREADLINT_LSP_OUTBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct tl_outbuf {
    int fd; /* non-blocking; -1 once closed */
    char *data;
    size_t off, len, cap; /* unsent bytes are data[off, len) */
    bool broken;          /* the reader went away: further output is dropped */
} tl_outbuf;

void tl_outbuf_init(tl_outbuf *o, int fd);
void tl_outbuf_append(tl_outbuf *o, const void *data, size_t n);
/* Queues an LSP frame around a JSON body. */
void tl_outbuf_append_frame(tl_outbuf *o, const char *body, size_t n);
/* Writes as much as the fd takes now. */
void tl_outbuf_flush(tl_outbuf *o);
bool tl_outbuf_pending(const tl_outbuf *o);
/* Waits up to `ms` milliseconds for everything queued to be written. */
void tl_outbuf_drain(tl_outbuf *o, int ms);
void tl_outbuf_close(tl_outbuf *o);

#endif
