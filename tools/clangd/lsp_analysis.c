/* Analyses of open documents: debounced after edits, one at a time in the
 * worker process, each result kept only if its document has not changed
 * since. */
#include "lsp_proxy_internal.h"

#include <stdio.h>
#include <string.h>

#include "lsp_findings.h"
#include "timer.h"

void tl_proxy_schedule_analysis(tl_proxy *p, tl_doc *d, bool debounce) {
    if (d->analysable)
        d->analyse_at = tl_now() + (debounce ? p->setup->opts->debounce_ms / 1000.0 : 0);
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
        tl_proxy_log(p, 1, false,
                     "the analysis worker crashed on %s (%s); it restarts for the next analysis",
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
