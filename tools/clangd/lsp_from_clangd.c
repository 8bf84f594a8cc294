/* Messages from clangd to the editor: all go on as they came, except the
 * three threadlint adds to: the initialize result (read for the position
 * encoding), publishDiagnostics and code action results. */
#include "lsp_proxy_internal.h"

#include <stdlib.h>
#include <string.h>

static void forward(tl_proxy *p, const tl_frame *f) {
    tl_outbuf_append(&p->to_client, f->raw, f->raw_len);
    tl_outbuf_flush(&p->to_client);
}

/* clangd answers with "positionEncoding" (LSP 3.17) or, for clients that
 * asked clangd's own way, "offsetEncoding"; UTF-16 when neither. */
static void initialized(tl_proxy *p, const json_t *msg) {
    const json_t *result = json_object_get(msg, "result");
    const char *enc = json_string_value(
        json_object_get(json_object_get(result, "capabilities"), "positionEncoding"));
    if (!enc)
        enc = json_string_value(json_object_get(result, "offsetEncoding"));
    if (enc && !tl_lsp_encoding_parse(enc, &p->encoding))
        tl_proxy_log(p, 2, false, "unknown position encoding '%s'; using UTF-16", enc);
}

/* Adds threadlint's quick fixes to clangd's code actions; false when there
 * are none to add. */
static bool add_code_actions(tl_proxy *p, json_t *msg, const json_t *params) {
    json_t *result = json_object_get(msg, "result");
    if (json_object_get(msg, "error") || !(json_is_array(result) || json_is_null(result)))
        return false;
    json_t *ours = tl_proxy_code_actions(p, params);
    if (!ours)
        return false;
    if (!json_is_array(result)) {
        result = json_array();
        json_object_set_new(msg, "result", result);
    }
    json_array_extend(result, ours);
    json_decref(ours);
    return true;
}

static void response(tl_proxy *p, const tl_frame *f, json_t *msg) {
    tl_request r;
    if (!tl_requests_take(&p->requests, json_object_get(msg, "id"), &r)) {
        forward(p, f);
        return;
    }
    if (r.kind == TL_REQUEST_INITIALIZE) {
        initialized(p, msg);
        forward(p, f);
    } else if (r.kind == TL_REQUEST_CODE_ACTION) {
        if (add_code_actions(p, msg, r.params))
            tl_proxy_send_client(p, json_incref(msg));
        else
            forward(p, f);
    } /* TL_REQUEST_OURS: the editor never asked */
    free(r.id);
    json_decref(r.params);
}

static void publish_diagnostics(tl_proxy *p, const tl_frame *f, json_t *msg) {
    json_t *params = json_object_get(msg, "params");
    tl_doc *d = tl_docs_find(&p->docs, json_string_value(json_object_get(params, "uri")));
    if (!d || !json_is_array(json_object_get(params, "diagnostics"))) {
        forward(p, f);
        return;
    }
    json_decref(d->clangd_params);
    d->clangd_params = json_incref(params);
    tl_proxy_publish(p, d, f);
}

static bool contains(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    for (size_t i = 0; i + k <= n; i++)
        if (s[i] == word[0] && memcmp(s + i, word, k) == 0)
            return true;
    return false;
}

/* Most of clangd's traffic (completions, hovers, semantic tokens) is none
 * of threadlint's business: it goes on without being parsed. */
static bool may_concern_us(const tl_proxy *p, const tl_frame *f) {
    return p->requests.n > 0 ||
           contains(f->body, f->body_len, "\"textDocument/publishDiagnostics\"");
}

void tl_proxy_from_clangd(tl_proxy *p, const tl_frame *f) {
    if (!may_concern_us(p, f)) {
        forward(p, f);
        return;
    }
    json_t *msg = json_loadb(f->body, f->body_len, JSON_ALLOW_NUL, NULL);
    if (!json_is_object(msg)) { /* not ours to judge */
        forward(p, f);
        json_decref(msg);
        return;
    }
    const char *method = json_string_value(json_object_get(msg, "method"));
    if (!method && json_object_get(msg, "id"))
        response(p, f, msg);
    else if (method && strcmp(method, "textDocument/publishDiagnostics") == 0)
        publish_diagnostics(p, f, msg);
    else
        forward(p, f);
    json_decref(msg);
}
