/* threadlint-clangd's command line: its own options, all spelt
 * `--name=value`, and everything else, which goes to clangd unchanged. */
#ifndef THREADLINT_CLANGD_OPTIONS_H
#define THREADLINT_CLANGD_OPTIONS_H

#include <stdbool.h>

#include "strv.h"

typedef struct tl_clangd_options {
    const char *clangd;               /* --clangd=: the clangd to run */
    tl_strv clangd_args;              /* every other argument, in order */
    const char *compile_commands_dir; /* clangd's --compile-commands-dir, which we honour too */
    const char *checks;               /* --threadlint-checks= */
    const char *config_file;          /* --threadlint-config-file= */
    const char *docs;                 /* --threadlint-docs=: rule docs URL or directory */
    const char *worker;               /* --threadlint-worker=: another worker program (tests) */
    int debounce_ms;                  /* --threadlint-debounce-ms= */
    int analysis_timeout_ms;          /* --threadlint-analysis-timeout-ms= */
    int shutdown_timeout_ms;          /* --threadlint-shutdown-timeout-ms= */
    bool analysis_worker;             /* --analysis-worker: be the worker (hidden) */
} tl_clangd_options;

typedef enum tl_clangd_action {
    TL_CLANGD_RUN,
    TL_CLANGD_VERSION,
    TL_CLANGD_HELP,
    TL_CLANGD_USAGE_ERROR, /* printed */
} tl_clangd_action;

tl_clangd_action tl_clangd_parse(int argc, char **argv, tl_clangd_options *o);
void tl_clangd_print_help(void);
void tl_clangd_options_free(tl_clangd_options *o);

#endif
