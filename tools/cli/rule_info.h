/* --list-checks and --explain: what the rules are, from rules.def and the
 * rule pages built into the binary. */
#ifndef THREADLINT_RULE_INFO_H
#define THREADLINT_RULE_INFO_H

#include <stdio.h>

#include "analyze.h"

/* One line per rule: its ID, "enabled" or "disabled" under `cfg`, and its
 * one-line description. */
void tl_list_checks(const tl_config *cfg, FILE *out);
/* Prints the page of `rule` ("pthread.ThreadLeak", or "ThreadLeak");
 * returns 0, or 2 after an error on `err` when there is no such rule. */
int tl_explain(const char *rule, FILE *out, FILE *err);

#endif
