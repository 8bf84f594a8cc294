/* The command line: `threadlint [options] <file>... [-- <compiler args>]`. */
#ifndef THREADLINT_CLI_OPTIONS_H
#define THREADLINT_CLI_OPTIONS_H

#include <stdbool.h>

#include "progress.h"
#include "strv.h"

typedef enum tl_format { TL_FORMAT_TEXT, TL_FORMAT_SARIF } tl_format;
typedef enum tl_color_mode { TL_COLOR_AUTO, TL_COLOR_ALWAYS, TL_COLOR_NEVER } tl_color_mode;

typedef struct tl_cli_options {
    tl_strv files;         /* as the user spelled them */
    tl_strv compiler_args; /* -D/-U/-I/-isystem/-include/-std= given
                              directly, then everything after `--` */
    const char *build_dir; /* -p: where compile_commands.json lives */
    const char *header_filter; /* ERE; NULL reports the main file only */
    const char *checks;    /* clang-tidy style glob list */
    const char *config_file; /* instead of the nearest .threadlint.yaml */
    int jobs;              /* worker threads; 0: one per CPU */
    tl_format format;
    tl_color_mode color;
    bool show_source;      /* source line + caret under each diagnostic */
    bool fix;
    const char *export_fixes;
    const char *baseline;       /* SARIF of an earlier run: report only new findings */
    const char *write_baseline; /* write this run's findings there (SARIF) */
    const char *source_root;    /* %SRCROOT%: SARIF URIs and fingerprints; NULL: cwd */
    bool stats;
    bool quiet;            /* no summary, no "N warnings generated." */
    tl_progress_mode progress;
    bool dump_ir;
    const char *summaries;        /* read other files' summaries from here */
    const char *export_summaries; /* write the first pass's summaries here */
    bool no_summaries;            /* -p without the first pass */
    bool list_checks;      /* print the rules and whether each is enabled */
    const char *explain;   /* print this rule's page */
    unsigned long long max_file_size;
} tl_cli_options;

typedef enum tl_cli_action {
    TL_CLI_RUN,        /* options are complete: analyse */
    TL_CLI_EXIT_OK,    /* --help or --version was printed */
    TL_CLI_EXIT_USAGE, /* a usage error was printed */
} tl_cli_action;

/* Parses argv; prints help, version and usage errors itself. */
tl_cli_action tl_cli_parse(int argc, char **argv, tl_cli_options *o);
void tl_cli_options_free(tl_cli_options *o);

#endif
