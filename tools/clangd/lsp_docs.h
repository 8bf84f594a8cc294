/* The documents the editor has open, kept in step with didOpen, didChange
 * and didClose so threadlint can analyse the unsaved text, plus what each
 * side last said about them. */
#ifndef THREADLINT_LSP_DOCS_H
#define THREADLINT_LSP_DOCS_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "lsp_position.h"

typedef struct tl_doc {
    char *uri;
    char *path;             /* NULL for a URI that is no local file: never analysed */
    long version;           /* the editor's */
    unsigned long revision; /* ours: new for every open and edit, never reused
                               (an editor's versions start again on reopen) */
    char *text;             /* NUL-terminated for convenience; may hold NULs */
    size_t len;
    bool analysable; /* a C document threadlint looks at */

    double analyse_at;             /* when to analyse after the last edit; 0: not due */
    unsigned long failed_revision; /* the worker crashed or hung on this text (not
                                      retried); 0: none */

    json_t *clangd_params; /* clangd's last publishDiagnostics params, or NULL */
    /* threadlint's diagnostics for the text of findings_revision, and per
     * diagnostic its quick fix ({"title", "edit"}) or null */
    json_t *findings;
    json_t *fixes;
    unsigned long findings_revision;
    bool has_findings;
    json_t *published;     /* threadlint's diagnostics the editor shows now */
    bool failure_reported; /* since the last analysis that worked */
    bool budget_reported;
} tl_doc;

typedef struct tl_doc_store {
    tl_doc **items;
    int n, cap;
    unsigned long revisions; /* the last revision handed out */
} tl_doc_store;

/* Opens (or reopens) a document with its full text. */
tl_doc *tl_docs_open(tl_doc_store *s, const char *uri, const char *language, long version,
                     const char *text, size_t len);
/* NULL for a NULL uri (a message that names no document). */
tl_doc *tl_docs_find(const tl_doc_store *s, const char *uri);
void tl_docs_close(tl_doc_store *s, const char *uri);
void tl_docs_free(tl_doc_store *s);

/* Applies one TextDocumentContentChangeEvent: with a range, an incremental
 * edit in `enc` positions; without, the whole new text.  False (text
 * unchanged) when it is malformed. */
bool tl_doc_apply_change(tl_doc *d, const json_t *change, tl_lsp_encoding enc);
/* After a didChange's edits: its version, and a new revision. */
void tl_docs_changed(tl_doc_store *s, tl_doc *d, long version);

/* Sets threadlint's diagnostics and fixes for the current text, taking
 * both references; NULL for none known. */
void tl_doc_set_findings(tl_doc *d, json_t *findings, json_t *fixes);
/* threadlint's findings are for the text the editor has now. */
bool tl_doc_findings_current(const tl_doc *d);

#endif
