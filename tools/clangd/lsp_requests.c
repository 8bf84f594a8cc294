#include "lsp_requests.h"

#include <stdlib.h>
#include <string.h>

#include "strv.h"

static char *id_key(const json_t *id) {
    char *key = json_dumps(id, JSON_COMPACT | JSON_ENCODE_ANY);
    return key ? key : tl_xstrdup("");
}

void tl_requests_add(tl_requests *rs, const json_t *id, tl_request_kind kind, json_t *params) {
    if (rs->n == rs->cap) {
        rs->cap = rs->cap ? rs->cap * 2 : 16;
        rs->items = tl_xrealloc(rs->items, sizeof *rs->items * (size_t)rs->cap);
    }
    rs->items[rs->n++] = (tl_request){id_key(id), kind, json_incref(params)};
}

bool tl_requests_take(tl_requests *rs, const json_t *id, tl_request *out) {
    char *key = id_key(id);
    for (int i = 0; i < rs->n; i++) {
        if (strcmp(rs->items[i].id, key) == 0) {
            *out = rs->items[i];
            rs->items[i] = rs->items[--rs->n];
            free(key);
            return true;
        }
    }
    free(key);
    return false;
}

void tl_requests_free(tl_requests *rs) {
    for (int i = 0; i < rs->n; i++) {
        free(rs->items[i].id);
        json_decref(rs->items[i].params);
    }
    free(rs->items);
    memset(rs, 0, sizeof *rs);
}
