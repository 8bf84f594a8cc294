/* What the editor gets from threadlint: its diagnostics published with
 * clangd's, and its quick fixes for a code action request. */
#include "lsp_proxy_internal.h"

#include <string.h>

/* clangd's diagnostics for a version, threadlint's for another: published
 * together only when both are for the text the editor has now. */
static bool clangd_is_current(const tl_doc *d) {
    const json_t *v = d->clangd_params ? json_object_get(d->clangd_params, "version") : NULL;
    return !json_is_integer(v) || json_integer_value(v) == d->version;
}

static json_t *shown_findings(const tl_doc *d) {
    bool current = tl_doc_findings_current(d) && clangd_is_current(d);
    return current ? json_incref(d->findings) : json_array();
}

void tl_proxy_publish(tl_proxy *p, tl_doc *d, const tl_frame *clangd_frame) {
    json_t *ours = shown_findings(d);
    if (clangd_frame && json_array_size(ours) == 0) { /* nothing to add: as clangd said it */
        tl_outbuf_append(&p->to_client, clangd_frame->raw, clangd_frame->raw_len);
        tl_outbuf_flush(&p->to_client);
    } else if (clangd_frame || !json_equal(ours, d->published)) {
        json_t *params, *all = json_array();
        if (d->clangd_params) { /* clangd's fields and diagnostics untouched */
            params = json_copy(d->clangd_params);
            json_array_extend(all, json_object_get(d->clangd_params, "diagnostics"));
        } else {
            /* before clangd's first set, ours go out alone and without a
             * version: clangd's set, when it comes, may be for an older
             * text, and versions must not go back */
            params = json_pack("{s:s}", "uri", d->uri);
        }
        json_array_extend(all, ours);
        json_object_set_new(params, "diagnostics", all);
        tl_proxy_send_client(p, json_pack("{s:s, s:s, s:o}", "jsonrpc", "2.0", "method",
                                          "textDocument/publishDiagnostics", "params", params));
    }
    json_decref(d->published);
    d->published = ours;
}

static int compare_positions(const json_t *a, const json_t *b) {
    json_int_t al = json_integer_value(json_object_get(a, "line"));
    json_int_t bl = json_integer_value(json_object_get(b, "line"));
    if (al != bl)
        return al < bl ? -1 : 1;
    json_int_t ac = json_integer_value(json_object_get(a, "character"));
    json_int_t bc = json_integer_value(json_object_get(b, "character"));
    return (ac > bc) - (ac < bc);
}

/* Touching counts: a cursor at either end of a diagnostic is on it. */
static bool ranges_meet(const json_t *a, const json_t *b) {
    return compare_positions(json_object_get(a, "start"), json_object_get(b, "end")) <= 0 &&
           compare_positions(json_object_get(b, "start"), json_object_get(a, "end")) <= 0;
}

/* context.only, when given, must admit "quickfix". */
static bool wants_quickfix(const json_t *params) {
    const json_t *only = json_object_get(json_object_get(params, "context"), "only");
    if (!json_is_array(only))
        return true;
    size_t i;
    const json_t *kind;
    json_array_foreach(only, i, kind) {
        const char *k = json_string_value(kind);
        if (k && (strcmp(k, "quickfix") == 0 || strcmp(k, "") == 0))
            return true;
    }
    return false;
}

static json_t *quick_fix(const json_t *fix, const json_t *diag, bool preferred) {
    return json_pack("{s:O, s:s, s:[O], s:O, s:b}", "title", json_object_get(fix, "title"), "kind",
                     "quickfix", "diagnostics", diag, "edit", json_object_get(fix, "edit"),
                     "isPreferred", preferred);
}

json_t *tl_proxy_code_actions(tl_proxy *p, const json_t *params) {
    const json_t *td = json_object_get(params, "textDocument");
    tl_doc *d = tl_docs_find(&p->docs, json_string_value(json_object_get(td, "uri")));
    if (!d || !tl_doc_findings_current(d) || !wants_quickfix(params))
        return NULL;
    const json_t *range = json_object_get(params, "range");
    json_t *actions = json_array();
    for (size_t i = 0; i < json_array_size(d->fixes); i++) {
        const json_t *fix = json_array_get(d->fixes, i);
        const json_t *diag = json_array_get(d->findings, i);
        if (!json_is_object(fix) || !ranges_meet(json_object_get(diag, "range"), range))
            continue;
        /* the suggested fix is the preferred way to fix it, then the
         * alternatives (a join where a detach is likelier) */
        json_array_append_new(actions, quick_fix(fix, diag, true));
        size_t k;
        const json_t *alt;
        json_array_foreach(json_object_get(fix, "alternatives"), k, alt)
            json_array_append_new(actions, quick_fix(alt, diag, false));
    }
    if (json_array_size(actions) == 0) {
        json_decref(actions);
        return NULL;
    }
    return actions;
}
