/* The summaries file: what `threadlint -p DB --export-summaries=FILE`
 * learnt about every function with external linkage in a project, read
 * back by each face (the CLI's second pass, the plugin's
 * -fplugin-arg-threadlint-summaries=FILE, threadlint-clangd) so a call of
 * a helper defined in another file is analysed as if it were in this one.
 * JSON (jansson); docs/summaries.md describes the format. */
#ifndef THREADLINT_SUMMARY_FILE_H
#define THREADLINT_SUMMARY_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "summary_ext.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever a module's typestates or the layout change: a file of
 * another format is stale, and stale files are ignored. */
enum { TL_SUMMARY_FORMAT = 1 };

typedef enum tl_summary_file_status {
    TL_SUMMARY_FILE_OK,
    TL_SUMMARY_FILE_MISSING, /* no such file: analyse as without one */
    TL_SUMMARY_FILE_STALE,   /* written by another format: ignored likewise */
    TL_SUMMARY_FILE_CORRUPT, /* not a summaries file: one clear message */
} tl_summary_file_status;

/* Writes `s` to path; false (and a message on `err`) when it cannot. */
bool tl_summary_file_write(const char *path, const tl_ext_summaries *s, FILE *err);
/* Reads path into `out` (initialised by the caller).  On CORRUPT, *why
 * (malloc'ed, the caller frees it) says what is wrong and where. */
tl_summary_file_status tl_summary_file_read(const char *path, tl_ext_summaries *out, char **why);
/* The same from data[0, size) (never MISSING). */
tl_summary_file_status tl_summary_file_parse(const char *data, size_t size,
                                             tl_ext_summaries *out, char **why);
/* Writes `s` as JSON to f; false when it cannot. */
bool tl_summary_file_dump(FILE *f, const tl_ext_summaries *s);

#ifdef __cplusplus
}
#endif

#endif
