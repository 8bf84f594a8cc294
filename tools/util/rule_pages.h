/* The rule pages of docs/rules, built into the binary
 * (cmake/embed_rule_pages.cmake), so every installation has them. */
#ifndef THREADLINT_RULE_PAGES_H
#define THREADLINT_RULE_PAGES_H

/* The Markdown page of `rule` ("pthread.ThreadLeak"), or NULL. */
const char *tl_rule_page(const char *rule);

#endif
