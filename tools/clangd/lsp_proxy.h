/* The relay between an editor (our stdin/stdout) and clangd: every message
 * passes through byte for byte unless threadlint adds to it. */
#ifndef THREADLINT_LSP_PROXY_H
#define THREADLINT_LSP_PROXY_H

#include "clangd_options.h"

typedef struct tl_proxy_setup {
    const tl_clangd_options *opts;
    char **clangd_argv; /* clangd and its arguments */
    char **worker_argv; /* the analysis worker and its arguments */
    const char *docs_base;
} tl_proxy_setup;

/* Runs until clangd exits; returns its exit status (128 + signal when it
 * was killed). */
int tl_proxy_run(const tl_proxy_setup *setup);

#endif
