/* Command-line parsing.  Long options take `--name=value` or `--name value`,
 * and, like LLVM tools, one dash works as well as two (`-checks=...`). */
#include "cli_options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "job.h"
#include "version.h"

typedef enum opt_id {
    OPT_BUILD_DIR,
    OPT_JOBS,
    OPT_CHECKS,
    OPT_HEADER_FILTER,
    OPT_CONFIG_FILE,
    OPT_FORMAT,
    OPT_COLOR,
    OPT_NO_COLOR,
    OPT_NO_SOURCE,
    OPT_FIX,
    OPT_EXPORT_FIXES,
    OPT_STATS,
    OPT_QUIET,
    OPT_BASELINE,
    OPT_WRITE_BASELINE,
    OPT_SOURCE_ROOT,
    OPT_PROGRESS,
    OPT_NO_PROGRESS,
    OPT_DUMP_IR,
    OPT_SUMMARIES,
    OPT_EXPORT_SUMMARIES,
    OPT_NO_SUMMARIES,
    OPT_LIST_CHECKS,
    OPT_EXPLAIN,
    OPT_MAX_FILE_SIZE,
    OPT_VERSION,
    OPT_HELP,
} opt_id;

typedef enum arg_kind { ARG_NONE, ARG_REQUIRED, ARG_OPTIONAL } arg_kind;

typedef struct opt_spec {
    const char *name;
    arg_kind arg;
    opt_id id;
} opt_spec;

static const opt_spec specs[] = {
    {"p", ARG_REQUIRED, OPT_BUILD_DIR},
    {"j", ARG_REQUIRED, OPT_JOBS},
    {"jobs", ARG_REQUIRED, OPT_JOBS},
    {"checks", ARG_REQUIRED, OPT_CHECKS},
    {"header-filter", ARG_REQUIRED, OPT_HEADER_FILTER},
    {"config-file", ARG_REQUIRED, OPT_CONFIG_FILE},
    {"format", ARG_REQUIRED, OPT_FORMAT},
    {"color", ARG_OPTIONAL, OPT_COLOR},
    {"no-color", ARG_NONE, OPT_NO_COLOR},
    {"no-source", ARG_NONE, OPT_NO_SOURCE},
    {"fix", ARG_NONE, OPT_FIX},
    {"export-fixes", ARG_REQUIRED, OPT_EXPORT_FIXES},
    {"stats", ARG_NONE, OPT_STATS},
    {"quiet", ARG_NONE, OPT_QUIET},
    {"baseline", ARG_REQUIRED, OPT_BASELINE},
    {"write-baseline", ARG_REQUIRED, OPT_WRITE_BASELINE},
    {"source-root", ARG_REQUIRED, OPT_SOURCE_ROOT},
    {"progress", ARG_NONE, OPT_PROGRESS},
    {"no-progress", ARG_NONE, OPT_NO_PROGRESS},
    {"dump-ir", ARG_NONE, OPT_DUMP_IR},
    {"summaries", ARG_REQUIRED, OPT_SUMMARIES},
    {"export-summaries", ARG_REQUIRED, OPT_EXPORT_SUMMARIES},
    {"no-summaries", ARG_NONE, OPT_NO_SUMMARIES},
    {"list-checks", ARG_NONE, OPT_LIST_CHECKS},
    {"explain", ARG_REQUIRED, OPT_EXPLAIN},
    {"max-file-size", ARG_REQUIRED, OPT_MAX_FILE_SIZE},
    {"version", ARG_NONE, OPT_VERSION},
    {"help", ARG_NONE, OPT_HELP},
    {"h", ARG_NONE, OPT_HELP},
};

static void print_help(FILE *out) {
    fputs("USAGE: threadlint [options] <file>... [-- <compiler args>]\n"
          "\n"
          "Finds POSIX thread resource bugs in C code.\n"
          "\n"
          "OPTIONS:\n"
          "  -p <build-dir>          read compile commands from <build-dir>/compile_commands.json;\n"
          "                          with no <file>, analyse every entry\n"
          "  --summaries=<file>      what functions of other files do, from <file> (written\n"
          "                          by --export-summaries), instead of a first pass\n"
          "  --export-summaries=<file>\n"
          "                          write what each function with external linkage does\n"
          "                          to its arguments to <file>, for the plugin and clangd\n"
          "  --no-summaries          with -p: no first pass; calls of functions other\n"
          "                          files define are unknown\n"
          "  --checks=<globs>        enable/disable rules, clang-tidy style: '-*,pthread.Thread*'\n"
          "  --header-filter=<regex> also report findings in headers matching <regex> (POSIX ERE)\n"
          "  --config-file=<file>    read settings and wrappers from <file> instead of the\n"
          "                          nearest .threadlint.yaml above each source file\n"
          "  -j <n>                  analyse <n> translation units in parallel\n"
          "                          (default and 0: one per CPU; -j 1 one at a time)\n"
          "  --format=text|sarif     output format (default: text)\n"
          "  --color=auto|always|never\n"
          "                          colour text output (default: auto, only on a terminal)\n"
          "  --no-source             do not show source lines and carets\n"
          "  --baseline=<file>       report only findings not in <file>, the SARIF of an\n"
          "                          earlier run (--write-baseline or --format=sarif)\n"
          "  --write-baseline=<file> write this run's findings to <file> as SARIF\n"
          "  --source-root=<dir>     the root SARIF paths and baselines are relative to\n"
          "                          (default: the current directory)\n"
          "  --fix                   apply the fix-its of all findings to the files\n"
          "  --export-fixes=<file>   write fix-its as clang-apply-replacements YAML\n"
          "  --progress, --no-progress\n"
          "                          a '[ 12/345] file.c' line on stderr while analysing\n"
          "                          (default: only when stderr is a terminal)\n"
          "  --stats                 print analysis statistics to stderr\n"
          "  --quiet                 no summary after a run over a database, no\n"
          "                          'N warnings generated.'\n"
          "  --dump-ir               print the lowered IR instead of analysing\n"
          "  --list-checks           print every rule, enabled or not under --checks and\n"
          "                          the .threadlint.yaml of the first <file> (or of the\n"
          "                          current directory), with a one-line description\n"
          "  --explain=<rule>        print the rule's page: what it finds, why it matters,\n"
          "                          bad and fixed code, how to suppress it\n"
          "  --max-file-size=<n>     refuse inputs larger than <n> bytes; K, M, G suffixes\n"
          "                          (default: 16M)\n"
          "  --version               print the version and exit\n"
          "  --help                  print this help and exit\n"
          "  -D<macro>[=<value>], -U<macro>, -I<dir>, -isystem <dir>, -include <file>, -std=<std>\n"
          "                          passed to the compiler, like arguments after '--'\n"
          "\n"
          "EXIT STATUS: 0 no findings, 1 findings, 2 usage error or a C file not analysed\n"
          "(files that are not C, such as C++ or assembler, are skipped and no error).\n"
          "See docs/cli.md for details.\n",
          out);
}

static void usage_error(const char *fmt, const char *what) {
    fputs("threadlint: error: ", stderr);
    fprintf(stderr, fmt, what);
    fputs("\nrun 'threadlint --help' for usage\n", stderr);
}

/* Decimal size with an optional K, M or G (binary) suffix. */
static bool parse_size(const char *s, unsigned long long *out) {
    if (*s < '0' || *s > '9')
        return false;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno)
        return false;
    unsigned shift = 0;
    if (*end == 'K' || *end == 'k')
        shift = 10;
    else if (*end == 'M' || *end == 'm')
        shift = 20;
    else if (*end == 'G' || *end == 'g')
        shift = 30;
    if (shift) {
        end++;
        if (*end == 'i' || *end == 'I')
            end++;
        if (*end == 'B' || *end == 'b')
            end++;
    }
    if (*end || (shift && v > (~0ULL >> shift)))
        return false;
    *out = v << shift;
    return true;
}

static bool parse_jobs(const char *s, int *out) {
    if (*s < '0' || *s > '9')
        return false;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || v < 0 || v > 1024)
        return false;
    *out = (int)v;
    return true;
}

/* Preprocessor and language flags are common enough to accept without
 * `--`: -DX, -D X, -UX, -IDIR, -isystem DIR, -include FILE, -std=c11.
 * Returns how many argv entries were consumed (0: not such a flag). */
static int compiler_flag(int argc, char **argv, int i, tl_strv *out) {
    const char *a = argv[i];
    bool joinable = (a[1] == 'D' || a[1] == 'U' || a[1] == 'I');
    bool separate = strcmp(a, "-isystem") == 0 || strcmp(a, "-include") == 0 ||
                    (joinable && a[2] == '\0');
    if (separate) {
        if (i + 1 >= argc)
            return 0;
        tl_strv_push(out, a);
        tl_strv_push(out, argv[i + 1]);
        return 2;
    }
    if (joinable || strncmp(a, "-std=", 5) == 0) {
        tl_strv_push(out, a);
        return 1;
    }
    return 0;
}

static const opt_spec *find_spec(const char *name, size_t len) {
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++)
        if (strlen(specs[i].name) == len && memcmp(specs[i].name, name, len) == 0)
            return &specs[i];
    return NULL;
}

/* Applies one option; false after printing a usage error. */
static bool apply(tl_cli_options *o, const opt_spec *spec, const char *value,
                  tl_cli_action *action) {
    switch (spec->id) {
    case OPT_BUILD_DIR:
        o->build_dir = value;
        return true;
    case OPT_JOBS:
        if (!parse_jobs(value, &o->jobs)) {
            usage_error("-j expects a number of jobs, got '%s'", value);
            return false;
        }
        return true;
    case OPT_CHECKS:
        o->checks = value;
        return true;
    case OPT_HEADER_FILTER:
        o->header_filter = value;
        return true;
    case OPT_CONFIG_FILE:
        o->config_file = value;
        return true;
    case OPT_FORMAT:
        if (strcmp(value, "text") == 0)
            o->format = TL_FORMAT_TEXT;
        else if (strcmp(value, "sarif") == 0)
            o->format = TL_FORMAT_SARIF;
        else {
            usage_error("--format expects 'text' or 'sarif', got '%s'", value);
            return false;
        }
        return true;
    case OPT_COLOR:
        if (!value || strcmp(value, "always") == 0)
            o->color = TL_COLOR_ALWAYS;
        else if (strcmp(value, "auto") == 0)
            o->color = TL_COLOR_AUTO;
        else if (strcmp(value, "never") == 0)
            o->color = TL_COLOR_NEVER;
        else {
            usage_error("--color expects 'auto', 'always' or 'never', got '%s'", value);
            return false;
        }
        return true;
    case OPT_NO_COLOR:
        o->color = TL_COLOR_NEVER;
        return true;
    case OPT_NO_SOURCE:
        o->show_source = false;
        return true;
    case OPT_FIX:
        o->fix = true;
        return true;
    case OPT_EXPORT_FIXES:
        o->export_fixes = value;
        return true;
    case OPT_SUMMARIES:
        o->summaries = value;
        return true;
    case OPT_EXPORT_SUMMARIES:
        o->export_summaries = value;
        return true;
    case OPT_NO_SUMMARIES:
        o->no_summaries = true;
        return true;
    case OPT_STATS:
        o->stats = true;
        return true;
    case OPT_QUIET:
        o->quiet = true;
        return true;
    case OPT_BASELINE:
        o->baseline = value;
        return true;
    case OPT_WRITE_BASELINE:
        o->write_baseline = value;
        return true;
    case OPT_SOURCE_ROOT:
        o->source_root = value;
        return true;
    case OPT_PROGRESS:
        o->progress = TL_PROGRESS_ALWAYS;
        return true;
    case OPT_NO_PROGRESS:
        o->progress = TL_PROGRESS_NEVER;
        return true;
    case OPT_DUMP_IR:
        o->dump_ir = true;
        return true;
    case OPT_LIST_CHECKS:
        o->list_checks = true;
        return true;
    case OPT_EXPLAIN:
        o->explain = value;
        return true;
    case OPT_MAX_FILE_SIZE:
        if (!parse_size(value, &o->max_file_size)) {
            usage_error("--max-file-size expects a size such as 16M, got '%s'", value);
            return false;
        }
        return true;
    case OPT_VERSION:
        printf("threadlint %s (LLVM %d)\n", THREADLINT_VERSION, THREADLINT_LLVM_MAJOR);
        *action = TL_CLI_EXIT_OK;
        return true;
    case OPT_HELP:
        print_help(stdout);
        *action = TL_CLI_EXIT_OK;
        return true;
    }
    return true;
}

tl_cli_action tl_cli_parse(int argc, char **argv, tl_cli_options *o) {
    memset(o, 0, sizeof *o);
    o->jobs = 0; /* one per CPU */
    o->show_source = true;
    o->max_file_size = TL_DEFAULT_MAX_FILE_SIZE;

    tl_cli_action action = TL_CLI_RUN;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        int used = arg[0] == '-' ? compiler_flag(argc, argv, i, &o->compiler_args) : 0;
        if (used) {
            i += used - 1;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            for (i++; i < argc; i++)
                tl_strv_push(&o->compiler_args, argv[i]);
            break;
        }
        if (arg[0] != '-' || arg[1] == '\0') { /* a file; "-" is one too */
            tl_strv_push(&o->files, arg);
            continue;
        }
        const char *name = arg + (arg[1] == '-' ? 2 : 1);
        const char *eq = strchr(name, '=');
        size_t len = eq ? (size_t)(eq - name) : strlen(name);
        const opt_spec *spec = find_spec(name, len);
        const char *value = eq ? eq + 1 : NULL;
        if (!spec && arg[1] == 'j' && arg[2] >= '0' && arg[2] <= '9') { /* -j4 */
            spec = find_spec("j", 1);
            value = arg + 2;
        }
        if (!spec) {
            usage_error("unknown option '%s'", arg);
            return TL_CLI_EXIT_USAGE;
        }
        if (spec->arg == ARG_NONE && value) {
            usage_error("option '%s' takes no value", arg);
            return TL_CLI_EXIT_USAGE;
        }
        if (spec->arg == ARG_REQUIRED && !value) {
            if (i + 1 >= argc) {
                usage_error("option '%s' needs a value", arg);
                return TL_CLI_EXIT_USAGE;
            }
            value = argv[++i];
        }
        if (!apply(o, spec, value, &action))
            return TL_CLI_EXIT_USAGE;
        if (action != TL_CLI_RUN)
            return action;
    }
    if (o->files.n == 0 && !o->build_dir && !o->list_checks && !o->explain) {
        usage_error("%s", "no input files");
        return TL_CLI_EXIT_USAGE;
    }
    if (o->fix && o->dump_ir) {
        usage_error("%s", "--fix and --dump-ir cannot be combined");
        return TL_CLI_EXIT_USAGE;
    }
    if (o->no_summaries && (o->summaries || o->export_summaries)) {
        usage_error("%s", "--no-summaries cannot be combined with --summaries or --export-summaries");
        return TL_CLI_EXIT_USAGE;
    }
    return action;
}

void tl_cli_options_free(tl_cli_options *o) {
    tl_strv_free(&o->files);
    tl_strv_free(&o->compiler_args);
}
