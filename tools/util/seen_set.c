#include "seen_set.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "strv.h"

static uint64_t hash(const char *s) { return tl_hash_str(TL_HASH_START, s); }

/* Open addressing with linear probing; cap is a power of two. */
static char **slot_for(char **slots, size_t cap, const char *key) {
    size_t i = (size_t)hash(key) & (cap - 1);
    while (slots[i] && strcmp(slots[i], key) != 0)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static void grow(tl_seen_set *s) {
    size_t cap = s->cap ? s->cap * 2 : 64;
    char **slots = tl_xmalloc(sizeof *slots * cap);
    memset(slots, 0, sizeof *slots * cap);
    for (size_t i = 0; i < s->cap; i++)
        if (s->slots[i])
            *slot_for(slots, cap, s->slots[i]) = s->slots[i];
    free(s->slots);
    s->slots = slots;
    s->cap = cap;
}

bool tl_seen_add(tl_seen_set *s, const char *key) {
    if ((s->n + 1) * 2 > s->cap)
        grow(s);
    char **slot = slot_for(s->slots, s->cap, key);
    if (*slot)
        return false;
    *slot = tl_xstrdup(key);
    s->n++;
    return true;
}

bool tl_seen_contains(const tl_seen_set *s, const char *key) {
    return s->cap && *slot_for(s->slots, s->cap, key);
}

void tl_seen_free(tl_seen_set *s) {
    for (size_t i = 0; i < s->cap; i++)
        free(s->slots[i]);
    free(s->slots);
    memset(s, 0, sizeof *s);
}
