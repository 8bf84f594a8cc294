/* Which findings a run reports: each once however many TUs found it (a
 * shared header), each with its fingerprint, and those an earlier run's
 * baseline already holds set apart (still written by --write-baseline,
 * never printed, counted or fixed). */
#ifndef THREADLINT_REPORTED_H
#define THREADLINT_REPORTED_H

#include <stdbool.h>

#include "baseline.h"
#include "fingerprint.h"
#include "job.h"
#include "seen_set.h"

typedef struct tl_reported {
    tl_seen_set seen;          /* findings some TU already reported */
    tl_fingerprints fingerprints;
    tl_baseline *baseline;     /* NULL: none given */
    tl_seen_set analysed;      /* files of analysed TUs, named as fingerprints name them */
    char ***fingerprint;       /* [result][finding] */
    bool **known;              /* [result][finding]: in the baseline */
    int nresults;
    long known_count;
} tl_reported;

void tl_reported_init(tl_reported *rp, int nresults, const char *root, tl_baseline *baseline);
void tl_reported_free(tl_reported *rp);
/* Result `i`, in input order: drops its findings an earlier result
 * reported, fingerprints the rest and marks those in the baseline.
 * keep_from[k] receives the original index of kept finding k (for the
 * rendered text); the caller frees it. */
int *tl_reported_take(tl_reported *rp, int i, tl_job_result *r);
/* Drops the findings the baseline holds from every result, so SARIF,
 * --fix and --export-fixes see only new ones. */
void tl_reported_drop_known(tl_reported *rp, tl_job_result *results);

#endif
