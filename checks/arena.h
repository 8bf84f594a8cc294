/* A bump allocator: everything the IR and one analysis allocate is freed at
 * once, so the analysis never frees piecemeal and cannot leak on a bail-out. */
#ifndef THREADLINT_ARENA_H
#define THREADLINT_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct tl_arena_chunk tl_arena_chunk;

typedef struct tl_arena {
    tl_arena_chunk *head;
    size_t used_bytes; /* total handed out, for --stats and budgets */
} tl_arena;

void tl_arena_init(tl_arena *a);
void tl_arena_free(tl_arena *a);
/* Zeroed memory aligned for any type. Aborts only on out-of-memory. */
void *tl_arena_alloc(tl_arena *a, size_t size);
/* A copy of size bytes at p, aligned like tl_arena_alloc's. */
void *tl_arena_memdup(tl_arena *a, const void *p, size_t size);
char *tl_arena_strdup(tl_arena *a, const char *s);
char *tl_arena_strndup(tl_arena *a, const char *s, size_t n);
char *tl_arena_printf(tl_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Frees everything but one chunk, kept for the next round of allocations. */
void tl_arena_reset(tl_arena *a);
/* Was p handed out by this arena? (Cost: one step per chunk.) */
bool tl_arena_owns(const tl_arena *a, const void *p);
/* Grows an arena-owned array; the old block is simply abandoned. */
void *tl_arena_grow(tl_arena *a, void *old, size_t elem, int *cap, int need);

#endif
