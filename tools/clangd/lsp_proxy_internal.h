/* What the relay's parts share: its state, and the steps each part offers
 * the others.  lsp_proxy.c runs the event loop; lsp_from_client.c and
 * lsp_from_clangd.c look at the messages passing each way; lsp_analysis.c
 * schedules analyses and takes their results; lsp_publish.c shows them. */
#ifndef THREADLINT_LSP_PROXY_INTERNAL_H
#define THREADLINT_LSP_PROXY_INTERNAL_H

#include <stdbool.h>

#include <jansson.h>

#include "child_process.h"
#include "lsp_docs.h"
#include "lsp_frame.h"
#include "lsp_outbuf.h"
#include "lsp_position.h"
#include "lsp_proxy.h"
#include "lsp_requests.h"
#include "lsp_worker.h"
#include "seen_set.h"

typedef struct tl_proxy {
    const tl_proxy_setup *setup;

    tl_frame_reader from_client;
    tl_outbuf to_client;
    bool client_eof;

    tl_child clangd;
    tl_frame_reader from_clangd;
    tl_outbuf to_clangd;
    bool clangd_eof;         /* its stdout closed: it is exiting */
    bool close_clangd_input; /* once to_clangd drains */

    tl_worker worker;
    tl_doc_store docs;
    tl_requests requests;

    tl_lsp_encoding encoding;  /* negotiated at initialize */
    bool code_action_literals; /* the client takes CodeAction objects */
    bool client_shutdown, client_exit;
    double stop_deadline; /* clangd is stopped (SIGTERM, then SIGKILL) after this; 0: none */
    tl_seen_set logged;   /* messages shown once */
} tl_proxy;

/* ---- lsp_proxy.c ---- */
void tl_proxy_send_client(tl_proxy *p, json_t *message); /* takes the reference */
void tl_proxy_send_clangd(tl_proxy *p, json_t *message); /* takes the reference */
/* window/logMessage (1 error, 2 warning, 3 info) and a line on stderr;
 * with `once`, a text already shown is not shown again. */
void tl_proxy_log(tl_proxy *p, int type, bool once, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- lsp_from_client.c ---- */
/* Looks at one message from the editor and forwards it to clangd. */
void tl_proxy_from_client(tl_proxy *p, const tl_frame *f);

/* ---- lsp_from_clangd.c ---- */
/* Looks at one message from clangd and forwards it (or what threadlint
 * makes of it) to the editor. */
void tl_proxy_from_clangd(tl_proxy *p, const tl_frame *f);

/* ---- lsp_analysis.c ---- */
/* Queues an analysis of `d`: after the debounce when `debounce` (an edit,
 * which more edits may follow), at once otherwise (a document just opened). */
void tl_proxy_schedule_analysis(tl_proxy *p, tl_doc *d, bool debounce);
/* Starts the next due analysis if the worker is free. */
void tl_proxy_start_due_analysis(tl_proxy *p, double now);
/* Seconds until something is due (an analysis, a timeout); -1: nothing. */
double tl_proxy_analysis_wait(const tl_proxy *p, double now);
void tl_proxy_worker_readable(tl_proxy *p);
void tl_proxy_check_worker_timeout(tl_proxy *p, double now);

/* ---- lsp_publish.c ---- */
/* Publishes d's diagnostics: clangd's last set with threadlint's current
 * findings.  `clangd_frame`: clangd's own publish that prompted this,
 * forwarded as it came when threadlint has nothing to add. */
void tl_proxy_publish(tl_proxy *p, tl_doc *d, const tl_frame *clangd_frame);
/* threadlint's quick fixes for a code action request, or NULL for none. */
json_t *tl_proxy_code_actions(tl_proxy *p, const json_t *params);

#endif
