/* Parsing one job with libclang. */
#ifndef THREADLINT_PARSE_H
#define THREADLINT_PARSE_H

#include <stdio.h>

#include <clang-c/Index.h>

#include "job.h"

/* Parses the job's file.  On failure (libclang error or compile errors in
 * the TU) prints clang-style diagnostics and a summary to `err` and returns
 * NULL.  `seconds` receives the time spent in libclang. */
CXTranslationUnit tl_parse_job(CXIndex index, const tl_job *job, FILE *err, double *seconds);

#endif
