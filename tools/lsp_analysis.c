/* Analyses of open documents: debounced after edits, one at a time in the
 * worker process, each result kept only if its document has not changed
 * since; and publishing clangd's diagnostics together with threadlint's. */
#include "lsp_proxy_internal.h"

#include <stdio.h>
#include <string.h>

#include "lsp_findings.h"
#include "timer.h"

void tl_proxy_schedule_analysis(tl_proxy *p, tl_doc *d) {
    if (d->analysable)
        d->analyse_at = tl_now() + p->setup->opts->debounce_ms / 1000.0;
}

static tl_doc *due_doc(const tl_proxy *p, double *at) {
    tl_doc *first = NULL;
    for (int i = 0; i < p->docs.n; i++) {
        tl_doc *d = p->docs.items[i];
        if (d->analyse_at > 0 && (!first || d->analyse_at < first->analyse_at))
            first = d;
    }
    *at = first ? first->analyse_at : 0;
    return first;
}

double tl_proxy_analysis_wait(const tl_proxy *p, double now) {
    if (p->worker.busy)
        return p->worker.deadline > now ? p->worker.deadline - now : 0;
    double at;
    if (!due_doc(p, &at))
        return -1;
    return at > now ? at - now : 0;
}

void tl_proxy_start_due_analysis(tl_proxy *p, double now) {
    double at;
    tl_doc *d = p->worker.busy ? NULL : due_doc(p, &at);
    if (!d || at > now)
        return;
    d->analyse_at = 0;
    if (d->failed_revision == d->revision)
        return; /* it crashed or hung on this very text */
    json_t *req = json_pack("{s:s, s:s%}", "path", d->path, "text", d->text, d->len);
    if (p->setup->opts->compile_commands_dir)
        json_object_set_new(req, "compileCommandsDir",
                            json_string(p->setup->opts->compile_commands_dir));
    double timeout = p->setup->opts->analysis_timeout_ms / 1000.0;
    if (!tl_worker_send(&p->worker, req, d->uri, d->revision, timeout))
        tl_proxy_log(p, 1, true, "cannot start the analysis worker; no threadlint findings");
    json_decref(req);
}

static void report_problems(tl_proxy *p, tl_doc *d, const json_t *resp) {
    const char *config = json_string_value(json_object_get(resp, "configError"));
    if (config && *config)
        tl_proxy_log(p, 1, true, "%.*s", (int)strcspn(config, "\n"), config);
    json_int_t hits = json_integer_value(json_object_get(resp, "budgetHits"));
    if (hits > 0 && !d->budget_reported) {
        d->budget_reported = true;
        tl_proxy_log(p, 2, false,
                     "%s: gave up on %lld function%s (analysis budget); findings there are missing",
                     d->path, (long long)hits, hits == 1 ? "" : "s");
    }
}

static void take_result(tl_proxy *p, const json_t *resp) {
    tl_doc *d = tl_docs_find(&p->docs, p->worker.uri);
    if (!d || d->revision != p->worker.revision || !d->analysable)
        return; /* edited (or closed) since: a newer analysis is due */
    report_problems(p, d, resp);
    tl_lsp_context cx = {&p->docs, p->encoding, p->setup->docs_base};
    json_t *diags, *fixes;
    tl_lsp_convert_findings(json_object_get(resp, "findings"), d, &cx, &diags, &fixes);
    tl_doc_set_findings(d, diags, fixes);
    d->failure_reported = false;
    tl_proxy_publish(p, d, NULL);
}

/* The worker died or hung on the in-flight request: that text gets no
 * findings and is not tried again; the next request restarts the worker. */
static void worker_failed(tl_proxy *p, int wstatus, bool timed_out) {
    char how[128];
    tl_wait_status_describe(wstatus, how, sizeof how);
    if (!p->worker.busy) {
        fprintf(stderr, "threadlint-clangd: the idle analysis worker exited (%s)\n", how);
        return;
    }
    tl_doc *d = tl_docs_find(&p->docs, p->worker.uri);
    const char *what = d ? d->path : p->worker.uri;
    bool tell = !d || !d->failure_reported;
    if (timed_out && tell)
        tl_proxy_log(p, 2, false, "analysing %s took longer than %d ms; stopped it", what,
                     p->setup->opts->analysis_timeout_ms);
    else if (tell)
        tl_proxy_log(p, 1, false, "the analysis worker crashed on %s (%s); it restarts for the next analysis",
                     what, how);
    if (d && d->revision == p->worker.revision) {
        d->failed_revision = d->revision;
        d->failure_reported = true;
        tl_doc_set_findings(d, json_array(), json_array());
        tl_proxy_publish(p, d, NULL);
    }
    tl_worker_finish_request(&p->worker);
}

void tl_proxy_worker_readable(tl_proxy *p) {
    json_t *resp;
    int wstatus;
    switch (tl_worker_read(&p->worker, &resp, &wstatus)) {
    case TL_WORKER_RESPONSE:
        take_result(p, resp);
        json_decref(resp);
        tl_worker_finish_request(&p->worker);
        break;
    case TL_WORKER_DIED:
        worker_failed(p, wstatus, false);
        break;
    case TL_WORKER_NOTHING:
        break;
    }
}

void tl_proxy_check_worker_timeout(tl_proxy *p, double now) {
    if (p->worker.busy && now >= p->worker.deadline)
        worker_failed(p, tl_worker_kill(&p->worker), true);
}

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
            params = json_pack("{s:s, s:I}", "uri", d->uri, "version", (json_int_t)d->version);
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
        /* one fix per finding: that one is the preferred way to fix it */
        json_array_append_new(actions, json_pack("{s:O, s:s, s:[O], s:O, s:b}", "title",
                                                 json_object_get(fix, "title"), "kind", "quickfix",
                                                 "diagnostics", diag, "edit",
                                                 json_object_get(fix, "edit"), "isPreferred", 1));
    }
    if (json_array_size(actions) == 0) {
        json_decref(actions);
        return NULL;
    }
    return actions;
}
