/* Text output in clang's format, so editors and CI parsers understand it:
 *   path:line:col: warning: message [rule]     (note: for a note-level finding)
 *      12 |     source line
 *         |     ^
 *   path:line:col: note: ...
 *   fix-it:"path":{l1:c1-l2:c2}:"replacement"                           */
#ifndef THREADLINT_OUTPUT_TEXT_H
#define THREADLINT_OUTPUT_TEXT_H

#include <stdbool.h>
#include <stdio.h>

#include "finding.h"
#include "source_text.h"

typedef struct tl_text_style {
    bool color;       /* ANSI colours as clang uses them */
    bool show_source; /* source line and caret under each location */
} tl_text_style;

/* files[] and texts[] are indexed by tl_loc.file; a text may be missing. */
void tl_text_render(FILE *out, const tl_finding *f, const char *const *files,
                    const tl_file_text *texts, int nfiles, const tl_text_style *style);

/* Writes s escaped like clang's parseable fix-its: \\ \" \n \t and octal. */
void tl_text_escape(FILE *out, const char *s, size_t len);

#endif
