/* Totals over all translation units: the summary a run over a compilation
 * database ends with, and --stats. */
#ifndef THREADLINT_RUN_STATS_H
#define THREADLINT_RUN_STATS_H

#include <stdio.h>

#include "job.h"

typedef struct tl_run_totals {
    long files;             /* translation units analysed */
    long skipped[TL_SKIP_COUNT]; /* ... not analysed, by reason */
    long entries;           /* compile database entries; 0 without -p */
    long findings[TL_RULE_COUNT]; /* reported, by rule (notes included) */
    long known;             /* found, but already in the baseline */
    long functions_lowered; /* function definitions lowered */
    long too_deep;          /* ... abandoned by the nesting budget */
    tl_stats analysis;
    double parse_seconds;   /* in libclang, summed over TUs */
    double analyse_seconds; /* lowering + analysis, summed over TUs */
    double wall_seconds;
    /* the summaries pass over a database (-p), when it ran */
    double summary_seconds;      /* parse + lowering + summaries, summed over TUs */
    double summary_wall_seconds; /* its share of wall_seconds */
    long summarised;             /* functions with external linkage summarised */
} tl_run_totals;

/* Adds a result's files and statistics (findings are counted as reported). */
void tl_run_totals_add(tl_run_totals *t, const tl_job_result *r);
/* Files analysed and skipped by reason, findings by rule, wall time: one
 * line each. */
void tl_run_summary_print(const tl_run_totals *t, FILE *out);
void tl_run_totals_print(const tl_run_totals *t, FILE *out);

#endif
