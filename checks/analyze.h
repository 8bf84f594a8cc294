/* The one entry point front ends call: analyse a lowered translation unit. */
#ifndef THREADLINT_ANALYZE_H
#define THREADLINT_ANALYZE_H

#include <stdbool.h>

#include "finding.h"
#include "ir.h"
#include "wrappers.h"

/* Limits that keep every input fast: on a hit the function is abandoned
 * without findings and the hit is counted. */
typedef struct tl_budget {
    int states_per_block; /* distinct states kept at one block */
    long steps;           /* block visits per function */
    int summary_depth;    /* nested callee summaries */
} tl_budget;

typedef struct tl_config {
    bool enabled[TL_RULE_COUNT];
    tl_budget budget;
    /* Functions standing for modelled APIs (.threadlint.yaml); borrowed
     * from whoever loaded them.  Front ends rewrite their calls with
     * tl_tu_apply_wrappers before tl_analyze_tu. */
    const tl_wrapper *wrappers;
    int nwrappers;
    /* Summaries of functions other translation units define (borrowed;
     * NULL: none): their calls are analysed as if defined here. */
    const struct tl_ext_summaries *external;
} tl_config;

typedef struct tl_stats {
    long functions;     /* function bodies analysed */
    long paths;         /* states that reached an exit */
    long steps;         /* block visits */
    long budget_hits;   /* functions given up on */
    long summaries;     /* callee summaries computed */
} tl_stats;

void tl_config_default(tl_config *cfg);
/* Applies a clang-tidy style glob list ("-*,pthread.JoinMisuse").
 * Returns false and names the bad glob in *bad when one matches no rule. */
bool tl_config_apply_checks(tl_config *cfg, const char *globs, const char **bad);
bool tl_glob_match(const char *glob, const char *name);

/* Analyses every function of tu that tu->report marks; appends findings. */
void tl_analyze_tu(const tl_tu *tu, const tl_config *cfg, tl_findings *out, tl_stats *stats);

/* Summarises every function of tu that tu->report marks and that has
 * external linkage, adding each to `out` (a struct tl_ext_summaries):
 * what other translation units need to analyse their calls of it. */
void tl_summarize_tu(const tl_tu *tu, const tl_config *cfg, struct tl_ext_summaries *out,
                     tl_stats *stats);

/* Suppression: true when the finding's line or the line above carries a
 * NOLINT / NOLINTNEXTLINE comment naming the rule (or no rule at all).
 * `text` is the whole file, `len` its size. */
bool tl_nolint_suppresses(const char *text, unsigned long len, unsigned line,
                          const char *rule);
/* The same for many findings in one file: the NOLINT markers of `text`
 * (which must outlive them), found in one pass. */
typedef struct tl_nolint_marks tl_nolint_marks;
tl_nolint_marks *tl_nolint_scan(const char *text, unsigned long len);
bool tl_nolint_marks_suppress(const tl_nolint_marks *marks, unsigned line, const char *rule);
void tl_nolint_marks_free(tl_nolint_marks *marks);

#endif
