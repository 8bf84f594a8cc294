/* --stats: totals over all translation units, printed to stderr. */
#ifndef THREADLINT_RUN_STATS_H
#define THREADLINT_RUN_STATS_H

#include <stdio.h>

#include "job.h"

typedef struct tl_run_totals {
    long files;             /* translation units analysed */
    long functions_lowered; /* function definitions lowered */
    long too_deep;          /* ... abandoned by the nesting budget */
    tl_stats analysis;
    double parse_seconds;   /* in libclang, summed over TUs */
    double analyse_seconds; /* lowering + analysis, summed over TUs */
    double wall_seconds;
} tl_run_totals;

void tl_run_totals_add(tl_run_totals *t, const tl_job_result *r);
void tl_run_totals_print(const tl_run_totals *t, FILE *out);

#endif
