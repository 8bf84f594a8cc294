/* threadlint's findings (as the analysis worker reports them, see
 * findings_json.h) turned into LSP diagnostics and quick fixes. */
#ifndef THREADLINT_LSP_FINDINGS_H
#define THREADLINT_LSP_FINDINGS_H

#include <jansson.h>

#include "lsp_docs.h"
#include "lsp_position.h"

typedef struct tl_lsp_context {
    const tl_doc_store *docs; /* open documents: their text and URIs win */
    tl_lsp_encoding enc;
    const char *docs_base; /* lsp_rule_docs.h */
} tl_lsp_context;

/* For the findings located in `doc`: *diagnostics gets one Diagnostic each
 * (severity 2, or 3 for note-level findings; code = rule ID, with
 * codeDescription, source "threadlint", relatedInformation from the path
 * notes) and *fixes, in parallel, each one's quick fix as
 * {"title", "edit": WorkspaceEdit}, or null when it has none. */
void tl_lsp_convert_findings(const json_t *findings, const tl_doc *doc, const tl_lsp_context *cx,
                             json_t **diagnostics, json_t **fixes);

#endif
