/* The relay's side of the analysis worker: a child process that analyses
 * one document per request, so a crash or a hang in the analysis never
 * touches clangd's traffic.  Requests and responses are JSON lines:
 *
 *   -> {"id": 7, "path": "/abs/x.c", "text": "...", "compileCommandsDir": "/b"}
 *   <- {"id": 7, "status": "ok"|"failed", "findings": [...], "messages": "...",
 *       "configError": "...", "budgetHits": 0}
 *
 * (findings as findings_json.h writes them).  One request is in flight at a
 * time; the worker starts on the first one and again after it dies. */
#ifndef THREADLINT_LSP_WORKER_H
#define THREADLINT_LSP_WORKER_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "child_process.h"
#include "lsp_outbuf.h"

typedef struct tl_worker {
    char **argv;    /* how to start it; borrowed */
    tl_child child; /* pid 0: not running */
    tl_outbuf to;
    char *line; /* a response line read so far */
    size_t line_len, line_cap;

    bool busy; /* a request is in flight: */
    long id;
    char *uri;              /* for this document */
    unsigned long revision; /* of this text (lsp_docs.h) */
    double started, deadline;
    long next_id;
} tl_worker;

typedef enum tl_worker_event {
    TL_WORKER_NOTHING,  /* nothing complete yet */
    TL_WORKER_RESPONSE, /* *response is the in-flight request's answer */
    TL_WORKER_DIED,     /* it exited; *wstatus says how */
} tl_worker_event;

void tl_worker_init(tl_worker *w, char **argv);
/* Starts the worker process ahead of its first request; false when it
 * cannot be started (tl_worker_send tries again). */
bool tl_worker_prestart(tl_worker *w);
/* Sends `request` (an "id" is added); starts the worker if need be.  False
 * (with a message on stderr) when it cannot be started. */
bool tl_worker_send(tl_worker *w, json_t *request, const char *uri, unsigned long revision,
                    double timeout_seconds);
/* Reads what the worker wrote; call when from_fd polls readable. */
tl_worker_event tl_worker_read(tl_worker *w, json_t **response, int *wstatus);
/* Kills a worker that took too long; returns its wait status. */
int tl_worker_kill(tl_worker *w);
/* Ends the worker at shutdown: EOF on its stdin, then a short wait. */
void tl_worker_stop(tl_worker *w);
/* The in-flight request is done with (answered, or the worker died). */
void tl_worker_finish_request(tl_worker *w);

#endif
