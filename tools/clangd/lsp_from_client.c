/* Messages from the editor to clangd: all go on as they came (invalid JSON
 * aside); the document ones also keep threadlint's copy of the text. */
#include "lsp_proxy_internal.h"

#include <string.h>

#include "timer.h"

static void initialize(tl_proxy *p, const json_t *msg) {
    const json_t *caps = json_object_get(json_object_get(msg, "params"), "capabilities");
    const json_t *literals =
        json_object_get(json_object_get(json_object_get(caps, "textDocument"), "codeAction"),
                        "codeActionLiteralSupport");
    p->code_action_literals = json_is_object(literals);
    tl_requests_add(&p->requests, json_object_get(msg, "id"), TL_REQUEST_INITIALIZE, NULL);
}

static void did_open(tl_proxy *p, const json_t *params) {
    const json_t *td = json_object_get(params, "textDocument");
    const char *uri = json_string_value(json_object_get(td, "uri"));
    const json_t *text = json_object_get(td, "text");
    if (!uri || !json_is_string(text))
        return;
    tl_doc *d = tl_docs_open(&p->docs, uri, json_string_value(json_object_get(td, "languageId")),
                             (long)json_integer_value(json_object_get(td, "version")),
                             json_string_value(text), json_string_length(text));
    tl_proxy_schedule_analysis(p, d, false);
}

static void did_change(tl_proxy *p, const json_t *params) {
    const json_t *td = json_object_get(params, "textDocument");
    tl_doc *d = tl_docs_find(&p->docs, json_string_value(json_object_get(td, "uri")));
    if (!d)
        return;
    tl_docs_changed(&p->docs, d, (long)json_integer_value(json_object_get(td, "version")));
    size_t i;
    const json_t *change;
    json_array_foreach(json_object_get(params, "contentChanges"), i, change) {
        if (!tl_doc_apply_change(d, change, p->encoding)) {
            /* our copy of the text is lost until the editor sends it whole */
            tl_proxy_log(p, 2, false,
                         "cannot apply an edit to %s; not analysing it until it is reopened",
                         d->uri);
            d->analysable = false;
            tl_doc_set_findings(d, NULL, NULL);
            return;
        }
    }
    tl_proxy_schedule_analysis(p, d, true);
}

static void did_close(tl_proxy *p, const json_t *params) {
    const json_t *td = json_object_get(params, "textDocument");
    const char *uri = json_string_value(json_object_get(td, "uri"));
    if (uri) /* clangd clears its diagnostics, and so ours, on close */
        tl_docs_close(&p->docs, uri);
}

static void code_action(tl_proxy *p, const json_t *msg) {
    if (p->code_action_literals)
        tl_requests_add(&p->requests, json_object_get(msg, "id"), TL_REQUEST_CODE_ACTION,
                        json_object_get(msg, "params"));
}

static void look_at(tl_proxy *p, const json_t *msg) {
    const char *method = json_string_value(json_object_get(msg, "method"));
    const json_t *params = json_object_get(msg, "params");
    bool request = json_object_get(msg, "id") != NULL;
    if (!method)
        return; /* a response to one of clangd's requests */
    if (request && strcmp(method, "initialize") == 0)
        initialize(p, msg);
    else if (request && strcmp(method, "shutdown") == 0)
        p->client_shutdown = true;
    else if (request && strcmp(method, "textDocument/codeAction") == 0)
        code_action(p, msg);
    else if (strcmp(method, "exit") == 0)
        p->client_exit = true;
    else if (strcmp(method, "textDocument/didOpen") == 0)
        did_open(p, params);
    else if (strcmp(method, "textDocument/didChange") == 0)
        did_change(p, params);
    else if (strcmp(method, "textDocument/didClose") == 0)
        did_close(p, params);
}

/* What clangd would end its session over (it takes only JSON-RPC 2.0
 * objects with a method or an id), or NULL. */
static const char *not_jsonrpc(const json_t *msg) {
    if (!json_is_object(msg))
        return "not a JSON object";
    const char *version = json_string_value(json_object_get(msg, "jsonrpc"));
    if (!version || strcmp(version, "2.0") != 0)
        return "no \"jsonrpc\": \"2.0\"";
    if (!json_is_string(json_object_get(msg, "method")) && !json_object_get(msg, "id"))
        return "neither a method nor an id";
    return NULL;
}

/* A request we did not pass on still gets an answer, so the editor does
 * not wait for one forever. */
static void refuse(tl_proxy *p, const json_t *msg, const char *why) {
    json_t *id = json_object_get(msg, "id");
    if (!id || !json_is_string(json_object_get(msg, "method")))
        return;
    tl_proxy_send_client(p, json_pack("{s:s, s:O, s:{s:i, s:s}}", "jsonrpc", "2.0", "id", id,
                                      "error", "code", -32600, "message", why));
}

void tl_proxy_from_client(tl_proxy *p, const tl_frame *f) {
    json_error_t err;
    json_t *msg = json_loadb(f->body, f->body_len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &err);
    if (!msg) {
        tl_proxy_log(p, 1, false, "invalid JSON from the editor (%s, at byte %d); message dropped",
                     err.text, err.position);
        return;
    }
    const char *problem = not_jsonrpc(msg);
    if (problem) {
        tl_proxy_log(p, 1, false, "a message from the editor is not JSON-RPC 2.0 (%s); dropped",
                     problem);
        refuse(p, msg, problem);
        json_decref(msg);
        return;
    }
    tl_outbuf_append(&p->to_clangd, f->raw, f->raw_len);
    tl_outbuf_flush(&p->to_clangd);
    look_at(p, msg);
    json_decref(msg);
    if (p->client_exit && !p->stop_deadline)
        p->stop_deadline = tl_now() + p->setup->opts->shutdown_timeout_ms / 1000.0;
}
