/* Findings as JSON for programs that read them: threadlint-clangd's
 * analysis worker hands them to the LSP relay this way. */
#ifndef THREADLINT_FINDINGS_JSON_H
#define THREADLINT_FINDINGS_JSON_H

#include <jansson.h>

#include "job.h"

/* An array with one object per finding of `r`:
 *   {"rule", "severity": "warning"|"note", "message", "location",
 *    "notes": [{"kind": "event"|"decision"|"exit", "message", "location"}],
 *    "fixits": [{"begin", "end", "text"}]}
 * where a location is {"path", "line", "column", "offset"}: the openable
 * path, 1-based line, 1-based byte column and byte offset, as libclang
 * counts them.  A fix-it replaces [begin, end) with text; all of a
 * finding's fix-its together are one fix. */
json_t *tl_findings_json(const tl_job_result *r);

#endif
