/* .threadlint.yaml: per-project settings and wrapper declarations
 * (docs/config.md), read with libyaml.  Shared by the CLI and the clang
 * plugin, so it depends on nothing but libc, libyaml and checks/. */
#ifndef THREADLINT_CONFIG_FILE_H
#define THREADLINT_CONFIG_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"
#include "arena.h"
#include "wrappers.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TL_CONFIG_FILE_NAME ".threadlint.yaml"

typedef struct tl_config_file {
    tl_arena arena;            /* owns everything below */
    const char *path;          /* as it was given */
    const char *checks;        /* `checks:` glob list; NULL when not set */
    const char *header_filter; /* `header-filter:` ERE; NULL when not set */
    tl_wrapper *wrappers;      /* `wrappers:` */
    int nwrappers;
} tl_config_file;

/* Why a file was rejected: one problem, at a 1-based line and column
 * (both 0 when it has no position, e.g. an unreadable file). */
typedef struct tl_config_error {
    unsigned line, col;
    char msg[400];
} tl_config_error;

/* Reads and checks the file at `path`.  On failure *out holds nothing
 * (there is nothing to free) and *err says why. */
bool tl_config_file_load(const char *path, tl_config_file *out, tl_config_error *err);
/* The same for text already in memory; `path` is only for messages. */
bool tl_config_file_parse(const char *path, const char *text, size_t len, tl_config_file *out,
                          tl_config_error *err);
void tl_config_file_free(tl_config_file *cf);

/* What is wrong with a header filter (an ERE) that regcomp accepts but
 * should not be given: repetition operators right after one another
 * (`a++`, `a*{2}`), which POSIX leaves undefined and glibc's regcomp
 * expands until memory runs out, groups nested deeper than 64, or counts
 * that multiply past 2000 atoms (`((a{1000}){1000})`), which glibc copies
 * out in full (both found by fuzz_config).  NULL when none. */
const char *tl_header_filter_problem(const char *ere);

/* "PATH:LINE:COL: error: PROBLEM" (or "PATH: error: PROBLEM") into buf. */
void tl_config_error_format(const char *path, const tl_config_error *err, char *buf, size_t n);

/* The nearest TL_CONFIG_FILE_NAME in `dir` (absolute) or a directory
 * above it; NULL when there is none.  The caller frees the result. */
char *tl_config_file_find(const char *dir);

/* Layers the file over cfg: its checks after what cfg enables, and its
 * wrappers (borrowed: cf must outlive cfg's use). */
void tl_config_file_apply(const tl_config_file *cf, tl_config *cfg);

#ifdef __cplusplus
}
#endif

#endif
