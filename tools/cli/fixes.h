/* --fix: applies fix-its to the files, each file replaced atomically. */
#ifndef THREADLINT_FIXES_H
#define THREADLINT_FIXES_H

#include "job.h"

/* Applies every finding's fix-it (all of its edits or none) unless it
 * overlaps one already taken; reports skips and writes on stderr.
 * Returns 0, or 2 when a file could not be rewritten. */
int tl_apply_fixes(const tl_job_result *results, int n);

#endif
