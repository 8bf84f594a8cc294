/* --export-fixes: the YAML clang-tidy writes, which clang-apply-replacements
 * (and editors built on it) apply. */
#ifndef THREADLINT_EXPORT_FIXES_H
#define THREADLINT_EXPORT_FIXES_H

#include <stdbool.h>

#include "job.h"

/* Writes every finding of results[0, n) to `path`; `jobs` gives each
 * result's build directory, `cwd` the default.  Prints an error and
 * returns false on failure. */
bool tl_export_fixes(const char *path, const tl_job_list *jobs, const tl_job_result *results,
                     int n, const char *cwd);

#endif
