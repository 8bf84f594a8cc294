/* The byte plumbing of the packed IR (ir_pack.c, ir_outline.c): LEB128
 * varints, zigzag for signed values, pointers as differences from the one
 * before.  Private to those files; static so each inlines what it uses. */
#ifndef THREADLINT_IR_BYTES_H
#define THREADLINT_IR_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "ir.h"

/* ---- varints -------------------------------------------------------------- */

static inline unsigned long long zigzag(long long v) {
    /* written without overflow for LLONG_MIN */
    return v >= 0 ? (unsigned long long)v << 1 : ((unsigned long long)(-(v + 1)) << 1) | 1;
}

static inline long long unzigzag(unsigned long long u) {
    return (u & 1) ? -(long long)(u >> 1) - 1 : (long long)(u >> 1);
}

/* ---- writing ------------------------------------------------------------ */

typedef struct writer {
    unsigned char *out; /* malloc'd, grown as needed */
    size_t len, cap;
    tl_loc prev; /* the last location written */
    uintptr_t prev_ptr; /* the last pointer written */
} writer;

/* The slow paths, out of line so the fast ones stay small enough to inline. */
void tl_bytes_grow(writer *w);
void tl_bytes_put_long_uint(writer *w, unsigned long long v); /* of more than one byte */

static inline void put_byte(writer *w, unsigned char b) {
    if (w->len == w->cap)
        tl_bytes_grow(w);
    w->out[w->len++] = b;
}

/* Small enough to inline, like get_uint. */
static inline void put_uint(writer *w, unsigned long long v) {
    if (v < 0x80)
        put_byte(w, (unsigned char)v);
    else
        tl_bytes_put_long_uint(w, v);
}

static inline void put_int(writer *w, long long v) { put_uint(w, zigzag(v)); }

/* As the difference from the pointer written before it: a function's
 * strings sit close together in the TU's arena, so most take 2 or 3 bytes
 * instead of 8.  The difference wraps around as unsigned arithmetic does,
 * so any two pointers round-trip. */
static inline void put_ptr(writer *w, const void *p) {
    uintptr_t u = (uintptr_t)p;
    put_int(w, (long long)(u - w->prev_ptr));
    w->prev_ptr = u;
}

/* A pointer that may be NULL, where no header bit says so: 1 byte if NULL. */
static inline void put_opt_ptr(writer *w, const void *p) {
    put_byte(w, p != NULL);
    if (p)
        put_ptr(w, p);
}

/* ---- reading ------------------------------------------------------------ */

typedef struct reader {
    const unsigned char *p, *end;
    bool short_read; /* ran out of bytes: everything after reads as 0 */
    tl_loc prev;
    uintptr_t prev_ptr;
} reader;

static inline unsigned char get_byte(reader *r) {
    if (r->p == r->end) {
        r->short_read = true;
        return 0;
    }
    return *r->p++;
}

/* A varint of more than one byte (or a short read). */
unsigned long long tl_bytes_get_long_uint(reader *r);

/* Kept this small so it inlines: most varints are one byte (deltas, ids,
 * counts) and unpacking reads millions of them. */
static inline unsigned long long get_uint(reader *r) {
    if (r->p < r->end && *r->p < 0x80)
        return *r->p++;
    return tl_bytes_get_long_uint(r);
}

static inline long long get_int(reader *r) { return unzigzag(get_uint(r)); }

static inline const void *get_ptr(reader *r) {
    uintptr_t u = r->prev_ptr + (uintptr_t)(unsigned long long)get_int(r);
    r->prev_ptr = u;
    return (const void *)u;
}

static inline const void *get_opt_ptr(reader *r) { return get_byte(r) ? get_ptr(r) : NULL; }

/* A count of elements, each at least a byte long: a count the remaining
 * bytes cannot hold is a short read, not a huge allocation. */
static inline int get_count(reader *r) {
    unsigned long long n = get_uint(r);
    if (n > (unsigned long long)(r->end - r->p)) {
        r->short_read = true;
        return 0;
    }
    return (int)n;
}

#endif
