/* SARIF 2.1.0 output (OASIS), for code-scanning services and IDEs. */
#ifndef THREADLINT_OUTPUT_SARIF_H
#define THREADLINT_OUTPUT_SARIF_H

#include <stdbool.h>
#include <stdio.h>

#include "job.h"

typedef struct tl_sarif_log {
    const tl_job_result *results;
    int n;
    char **const *fingerprints; /* [result][finding]: partialFingerprints */
    const char *root;           /* %SRCROOT%, absolute */
    bool successful;            /* false when some input failed */
    bool against_baseline;      /* results are the findings a baseline lacks */
} tl_sarif_log;

/* Writes one run with every rule and the findings of all results.
 * Returns false when writing failed. */
bool tl_sarif_write(FILE *out, const tl_sarif_log *log);

#endif
