#include "clangd_options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"

enum {
    DEFAULT_DEBOUNCE_MS = 200,
    DEFAULT_ANALYSIS_TIMEOUT_MS = 20000,
    DEFAULT_SHUTDOWN_TIMEOUT_MS = 3000,
};

void tl_clangd_print_help(void) {
    fputs("USAGE: threadlint-clangd [options] [clangd options]\n"
          "\n"
          "Runs clangd and adds threadlint's findings and quick fixes to its\n"
          "diagnostics and code actions.  Options it does not know go to clangd.\n"
          "\n"
          "OPTIONS:\n"
          "  --clangd=<path>             the clangd to run (default: clangd-<LLVM major>,\n"
          "                              then clangd, on PATH)\n"
          "  --threadlint-checks=<globs> enable/disable rules, as threadlint --checks\n"
          "  --threadlint-config-file=<file>\n"
          "                              settings for every file instead of the nearest\n"
          "                              .threadlint.yaml\n"
          "  --threadlint-docs=<url|dir> where diagnostics link the rule docs\n"
          "  --threadlint-debounce-ms=<n>\n"
          "                              analyse <n> ms after the last edit (default 200;\n"
          "                              env THREADLINT_CLANGD_DEBOUNCE_MS)\n"
          "  --threadlint-analysis-timeout-ms=<n>\n"
          "                              stop an analysis after <n> ms (default 20000;\n"
          "                              env THREADLINT_CLANGD_ANALYSIS_TIMEOUT_MS)\n"
          "  --threadlint-shutdown-timeout-ms=<n>\n"
          "                              wait <n> ms for clangd to exit before killing it\n"
          "                              (default 3000)\n"
          "  --version                   print threadlint's and clangd's versions\n"
          "  --help                      print this help\n"
          "\n"
          "See docs/threadlint-clangd.md.  clangd's own options: clangd --help\n",
          stdout);
}

static bool parse_ms(const char *s, int *out) {
    if (!s || *s < '0' || *s > '9')
        return false;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || v > 24L * 3600 * 1000)
        return false;
    *out = (int)v;
    return true;
}

static int env_ms(const char *name, int fallback) {
    int v;
    return parse_ms(getenv(name), &v) ? v : fallback;
}

/* The value of `arg` when it is `prefix=value` (one or two dashes). */
static const char *value_of(const char *arg, const char *name) {
    if (arg[0] != '-')
        return NULL;
    const char *a = arg + (arg[1] == '-' ? 2 : 1);
    size_t n = strlen(name);
    return strncmp(a, name, n) == 0 && a[n] == '=' ? a + n + 1 : NULL;
}

static bool is_flag(const char *arg, const char *name) {
    return arg[0] == '-' && strcmp(arg + (arg[1] == '-' ? 2 : 1), name) == 0;
}

static bool checks_are_valid(const char *checks) {
    tl_config cfg;
    tl_config_default(&cfg);
    const char *bad = NULL;
    if (tl_config_apply_checks(&cfg, checks, &bad))
        return true;
    fprintf(stderr, "threadlint-clangd: error: --threadlint-checks: '%.*s' matches no rule\n",
            (int)strcspn(bad, ","), bad);
    return false;
}

static bool take_ms(const char *arg, const char *value, int *out) {
    if (parse_ms(value, out))
        return true;
    fprintf(stderr, "threadlint-clangd: error: '%s' expects milliseconds\n", arg);
    return false;
}

tl_clangd_action tl_clangd_parse(int argc, char **argv, tl_clangd_options *o) {
    memset(o, 0, sizeof *o);
    o->debounce_ms = env_ms("THREADLINT_CLANGD_DEBOUNCE_MS", DEFAULT_DEBOUNCE_MS);
    o->analysis_timeout_ms =
        env_ms("THREADLINT_CLANGD_ANALYSIS_TIMEOUT_MS", DEFAULT_ANALYSIS_TIMEOUT_MS);
    o->shutdown_timeout_ms = DEFAULT_SHUTDOWN_TIMEOUT_MS;
    tl_clangd_action action = TL_CLANGD_RUN;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        bool ok = true;
        if ((v = value_of(a, "clangd")))
            o->clangd = v;
        else if ((v = value_of(a, "threadlint-checks")))
            ok = checks_are_valid(o->checks = v);
        else if ((v = value_of(a, "threadlint-config-file")))
            o->config_file = v;
        else if ((v = value_of(a, "threadlint-docs")))
            o->docs = v;
        else if ((v = value_of(a, "threadlint-worker")))
            o->worker = v;
        else if ((v = value_of(a, "threadlint-debounce-ms")))
            ok = take_ms(a, v, &o->debounce_ms);
        else if ((v = value_of(a, "threadlint-analysis-timeout-ms")))
            ok = take_ms(a, v, &o->analysis_timeout_ms);
        else if ((v = value_of(a, "threadlint-shutdown-timeout-ms")))
            ok = take_ms(a, v, &o->shutdown_timeout_ms);
        else if (is_flag(a, "analysis-worker"))
            o->analysis_worker = true;
        else if (is_flag(a, "version"))
            action = TL_CLANGD_VERSION;
        else if (is_flag(a, "help") || is_flag(a, "h"))
            action = TL_CLANGD_HELP;
        else if (strncmp(a, "--threadlint-", 13) == 0) {
            fprintf(stderr, "threadlint-clangd: error: unknown option '%s'\n", a);
            ok = false;
        } else {
            /* clangd's: --compile-commands-dir=DIR or --compile-commands-dir DIR */
            tl_strv_push(&o->clangd_args, a);
            if ((v = value_of(a, "compile-commands-dir"))) {
                o->compile_commands_dir = v;
            } else if (is_flag(a, "compile-commands-dir") && i + 1 < argc) {
                o->compile_commands_dir = argv[++i];
                tl_strv_push(&o->clangd_args, argv[i]);
            }
        }
        if (!ok)
            return TL_CLANGD_USAGE_ERROR;
    }
    return action;
}

void tl_clangd_options_free(tl_clangd_options *o) { tl_strv_free(&o->clangd_args); }
