/* FNV-1a, 64 bits: the seen-set's slots and findings' fingerprints. */
#ifndef THREADLINT_HASH_H
#define THREADLINT_HASH_H

#include <stddef.h>
#include <stdint.h>

#define TL_HASH_START 1469598103934665603ULL

static inline uint64_t tl_hash_byte(uint64_t h, unsigned char c) {
    return (h ^ c) * 1099511628211ULL;
}

/* Hashes a string into h. */
static inline uint64_t tl_hash_str(uint64_t h, const char *s) {
    for (; *s; s++)
        h = tl_hash_byte(h, (unsigned char)*s);
    return h;
}

#endif
