/* Client requests whose responses the relay needs to see on their way
 * back from clangd, by JSON-RPC id. */
#ifndef THREADLINT_LSP_REQUESTS_H
#define THREADLINT_LSP_REQUESTS_H

#include <stdbool.h>

#include <jansson.h>

typedef enum tl_request_kind {
    TL_REQUEST_INITIALIZE,  /* the result names the position encoding */
    TL_REQUEST_CODE_ACTION, /* threadlint's quick fixes join the result */
    TL_REQUEST_OURS,        /* sent by the relay itself: not forwarded */
} tl_request_kind;

typedef struct tl_request {
    char *id; /* the id as compact JSON: 7 and "7" differ */
    tl_request_kind kind;
    json_t *params; /* the request's params */
} tl_request;

typedef struct tl_requests {
    tl_request *items;
    int n, cap;
} tl_requests;

void tl_requests_add(tl_requests *rs, const json_t *id, tl_request_kind kind, json_t *params);
/* Removes the request with this id into *out; false when not tracked.
 * The caller frees out->id and releases out->params. */
bool tl_requests_take(tl_requests *rs, const json_t *id, tl_request *out);
void tl_requests_free(tl_requests *rs);

#endif
