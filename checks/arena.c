#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tl_arena_chunk {
    tl_arena_chunk *next;
    size_t size, used;
    _Alignas(max_align_t) unsigned char data[];
};

enum { TL_ARENA_CHUNK = 64 * 1024 };

void tl_arena_init(tl_arena *a) {
    a->head = NULL;
    a->used_bytes = 0;
}

void tl_arena_free(tl_arena *a) {
    tl_arena_chunk *c = a->head;
    while (c) {
        tl_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->used_bytes = 0;
}

void tl_arena_reset(tl_arena *a) {
    tl_arena_chunk *keep = NULL;
    for (tl_arena_chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        if (!keep && c->size == TL_ARENA_CHUNK)
            keep = c;
        else
            free(c);
    }
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
    }
    a->head = keep;
    a->used_bytes = 0;
}

bool tl_arena_owns(const tl_arena *a, const void *p) {
    uintptr_t q = (uintptr_t)p;
    for (const tl_arena_chunk *c = a->head; c; c = c->next)
        if (q >= (uintptr_t)c->data && q < (uintptr_t)c->data + c->used)
            return true;
    return false;
}

/* A new head chunk with room for `size` bytes: the rare case, kept out of
 * line so the common one below stays a few instructions. */
__attribute__((noinline)) static tl_arena_chunk *new_chunk(tl_arena *a, size_t size) {
    size_t cap = size > TL_ARENA_CHUNK ? size : TL_ARENA_CHUNK;
    tl_arena_chunk *c = malloc(sizeof *c + cap);
    if (!c) {
        fputs("threadlint: out of memory\n", stderr);
        abort();
    }
    c->size = cap;
    c->used = 0;
    c->next = a->head;
    a->head = c;
    return c;
}

/* `size` bytes at the next multiple of `align` (a power of two; chunk
 * data starts max_align_t-aligned), from the head chunk or a new one. */
static inline void *alloc_aligned(tl_arena *a, size_t size, size_t align, bool zero) {
    tl_arena_chunk *c = a->head;
    size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
    if (!c || at > c->size || c->size - at < size) {
        c = new_chunk(a, size);
        at = 0;
    }
    void *p = c->data + at;
    c->used = at + size;
    a->used_bytes += size;
    if (zero)
        memset(p, 0, size);
    return p;
}

void *tl_arena_alloc(tl_arena *a, size_t size) {
    const size_t align = _Alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    return alloc_aligned(a, size, align, true);
}

/* Strings need no alignment: packing them saves the padding to 16 bytes
 * that each of the IR's many short texts would otherwise cost. */
static char *alloc_chars(tl_arena *a, size_t n) { return alloc_aligned(a, n, 1, false); }

void *tl_arena_memdup(tl_arena *a, const void *p, size_t size) {
    const size_t align = _Alignof(max_align_t);
    void *q = alloc_aligned(a, size ? (size + align - 1) & ~(align - 1) : align, align, false);
    memcpy(q, p, size);
    return q;
}

char *tl_arena_strndup(tl_arena *a, const char *s, size_t n) {
    char *p = alloc_chars(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *tl_arena_strdup(tl_arena *a, const char *s) {
    return s ? tl_arena_strndup(a, s, strlen(s)) : NULL;
}

char *tl_arena_printf(tl_arena *a, const char *fmt, ...) {
    /* Most texts are short: formatting them once into a buffer here beats
     * measuring them with one vsnprintf and writing them with another. */
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof buf)
        return tl_arena_strndup(a, buf, (size_t)n);
    char *p = alloc_chars(a, (size_t)n + 1);
    p[0] = '\0';
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void *tl_arena_grow(tl_arena *a, void *old, size_t elem, int *cap, int need) {
    if (need <= *cap)
        return old;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *p = tl_arena_alloc(a, elem * (size_t)ncap);
    if (old)
        memcpy(p, old, elem * (size_t)*cap);
    *cap = ncap;
    return p;
}
