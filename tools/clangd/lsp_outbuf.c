#include "lsp_outbuf.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "strv.h"
#include "timer.h"

void tl_outbuf_init(tl_outbuf *o, int fd) {
    memset(o, 0, sizeof *o);
    o->fd = fd;
}

void tl_outbuf_append(tl_outbuf *o, const void *data, size_t n) {
    if (o->broken || o->fd < 0)
        return;
    if (o->off == o->len)
        o->off = o->len = 0;
    if (o->len + n > o->cap) {
        if (o->off > 0) {
            memmove(o->data, o->data + o->off, o->len - o->off);
            o->len -= o->off;
            o->off = 0;
        }
        while (o->len + n > o->cap)
            o->cap = o->cap ? o->cap * 2 : 64 * 1024;
        o->data = tl_xrealloc(o->data, o->cap);
    }
    memcpy(o->data + o->len, data, n);
    o->len += n;
}

void tl_outbuf_append_frame(tl_outbuf *o, const char *body, size_t n) {
    char header[64];
    int h = snprintf(header, sizeof header, "Content-Length: %zu\r\n\r\n", n);
    tl_outbuf_append(o, header, (size_t)h);
    tl_outbuf_append(o, body, n);
}

void tl_outbuf_flush(tl_outbuf *o) {
    while (!o->broken && o->fd >= 0 && o->off < o->len) {
        ssize_t w = write(o->fd, o->data + o->off, o->len - o->off);
        if (w > 0) {
            o->off += (size_t)w;
        } else if (w < 0 && errno == EINTR) {
            continue;
        } else if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return;
        } else {
            o->broken = true; /* EPIPE: nobody reads any more */
            o->off = o->len = 0;
        }
    }
}

bool tl_outbuf_pending(const tl_outbuf *o) { return !o->broken && o->fd >= 0 && o->off < o->len; }

void tl_outbuf_drain(tl_outbuf *o, int ms) {
    double deadline = tl_now() + ms / 1000.0;
    for (;;) {
        tl_outbuf_flush(o);
        double left = deadline - tl_now();
        if (!tl_outbuf_pending(o) || left <= 0)
            return;
        struct pollfd p = {.fd = o->fd, .events = POLLOUT};
        poll(&p, 1, (int)(left * 1000) + 1);
    }
}

void tl_outbuf_close(tl_outbuf *o) {
    if (o->fd >= 0)
        close(o->fd);
    o->fd = -1;
    free(o->data);
    o->data = NULL;
    o->off = o->len = o->cap = 0;
}
