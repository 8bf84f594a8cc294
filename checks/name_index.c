#include "name_index.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* FNV-1a: short identifiers, no need for more. */
static unsigned hash_n(const char *s, size_t n) {
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static bool key_is(const tl_name_slot *s, unsigned h, const char *key, size_t n) {
    return s->hash == h && strncmp(s->key, key, n) == 0 && s->key[n] == '\0';
}

/* The slot holding key, or the empty slot where it belongs. */
static tl_name_slot *find(const tl_name_index *ix, unsigned h, const char *key, size_t n) {
    size_t mask = ix->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        tl_name_slot *s = &ix->slots[i];
        if (!s->key || key_is(s, h, key, n))
            return s;
    }
}

void tl_name_index_free(tl_name_index *ix) {
    free(ix->slots);
    memset(ix, 0, sizeof *ix);
}

int tl_name_index_get_n(const tl_name_index *ix, const char *key, size_t n) {
    if (!key || ix->cap == 0)
        return -1;
    const tl_name_slot *s = find(ix, hash_n(key, n), key, n);
    return s->key ? s->value : -1;
}

int tl_name_index_get(const tl_name_index *ix, const char *key) {
    return key ? tl_name_index_get_n(ix, key, strlen(key)) : -1;
}

/* Keeps the load at most one half: probes stay short. */
static void grow(tl_name_index *ix) {
    tl_name_index old = *ix;
    ix->cap = old.cap ? old.cap * 2 : 64;
    ix->slots = calloc(ix->cap, sizeof *ix->slots);
    if (!ix->slots) {
        fputs("threadlint: out of memory\n", stderr);
        abort();
    }
    size_t mask = ix->cap - 1;
    for (size_t i = 0; i < old.cap; i++) {
        if (!old.slots[i].key)
            continue; /* keys are distinct: the first empty slot is its place */
        size_t j = old.slots[i].hash & mask;
        while (ix->slots[j].key)
            j = (j + 1) & mask;
        ix->slots[j] = old.slots[i];
    }
    free(old.slots);
}

int tl_name_index_put(tl_name_index *ix, const char *key, int value) {
    if ((ix->n + 1) * 2 > ix->cap)
        grow(ix);
    size_t n = strlen(key);
    unsigned h = hash_n(key, n);
    tl_name_slot *s = find(ix, h, key, n);
    if (s->key)
        return s->value;
    *s = (tl_name_slot){key, h, value};
    ix->n++;
    return value;
}
