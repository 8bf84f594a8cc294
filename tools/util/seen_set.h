/* A set of strings: drops a finding reported again by another TU that
 * includes the same header, hands out fingerprints once. */
#ifndef THREADLINT_SEEN_SET_H
#define THREADLINT_SEEN_SET_H

#include <stdbool.h>
#include <stddef.h>

typedef struct tl_seen_set {
    char **slots;
    size_t cap, n;
} tl_seen_set;

/* Adds key; false when it was already there. */
bool tl_seen_add(tl_seen_set *s, const char *key);
bool tl_seen_contains(const tl_seen_set *s, const char *key);
void tl_seen_free(tl_seen_set *s);

#endif
