/* Where a diagnostic's codeDescription.href points: the rule's page. */
#ifndef THREADLINT_LSP_RULE_DOCS_H
#define THREADLINT_LSP_RULE_DOCS_H

/* The base every rule page hangs off, ending in '/': `option` (a URL, or a
 * directory made a file:// URI) when given; else the docs installed beside
 * `exe` (<prefix>/share/doc/threadlint/rules), the source tree's docs/rules,
 * or the project's pages on the web, whichever exists first.  The caller
 * frees. */
char *tl_rule_docs_base(const char *option, const char *exe);
/* base + "<rule>.md"; the caller frees. */
char *tl_rule_doc_href(const char *base, const char *rule);

#endif
