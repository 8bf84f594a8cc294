/* A hash map from names to small ints (function, file and noreturn
 * tables), so every by-name lookup costs the same whatever the size of the
 * translation unit.  Keys are borrowed: they must outlive the index. */
#ifndef THREADLINT_NAME_INDEX_H
#define THREADLINT_NAME_INDEX_H

#include <stddef.h>

typedef struct tl_name_slot {
    const char *key; /* NULL: empty */
    unsigned hash;
    int value;
} tl_name_slot;

typedef struct tl_name_index {
    tl_name_slot *slots;
    size_t cap, n; /* cap is 0 or a power of two */
} tl_name_index;

/* A zeroed tl_name_index is empty and ready. */
void tl_name_index_free(tl_name_index *ix);
/* The value stored for `key`, -1 when there is none (or key is NULL). */
int tl_name_index_get(const tl_name_index *ix, const char *key);
/* The same for key[0, n), which need not be terminated. */
int tl_name_index_get_n(const tl_name_index *ix, const char *key, size_t n);
/* Stores key -> value unless key is present; returns the value stored
 * for it then (the first one put wins). */
int tl_name_index_put(tl_name_index *ix, const char *key, int value);

#endif
