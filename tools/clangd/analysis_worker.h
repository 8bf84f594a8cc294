/* threadlint-clangd --analysis-worker: analyses editor buffers for the LSP
 * relay, one JSON line in and one out per document (lsp_worker.h has the
 * protocol), with the CLI's own path: a tl_job run by tl_job_run. */
#ifndef THREADLINT_ANALYSIS_WORKER_H
#define THREADLINT_ANALYSIS_WORKER_H

typedef struct tl_worker_settings {
    const char *checks;      /* like threadlint --checks; already validated */
    const char *config_file; /* like threadlint --config-file */
} tl_worker_settings;

/* Serves requests from stdin until it closes; returns the exit status. */
int tl_analysis_worker_main(const tl_worker_settings *ws);

#endif
