/* The out-of-line halves of ir_bytes.h. */
#include "ir_bytes.h"

void tl_bytes_grow(writer *w) {
    w->cap = w->cap ? w->cap * 2 : 1024;
    w->out = realloc(w->out, w->cap);
    if (!w->out) {
        fputs("threadlint: out of memory\n", stderr);
        abort();
    }
}

void tl_bytes_put_long_uint(writer *w, unsigned long long v) {
    while (v >= 0x80) {
        put_byte(w, (unsigned char)(v | 0x80));
        v >>= 7;
    }
    put_byte(w, (unsigned char)v);
}

/* A varint of more than one byte (or a short read). */
unsigned long long tl_bytes_get_long_uint(reader *r) {
    unsigned long long v = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
        unsigned char b = get_byte(r);
        v |= (unsigned long long)(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    return v;
}
