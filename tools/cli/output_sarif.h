/* SARIF 2.1.0 output (OASIS), for code-scanning services and IDEs. */
#ifndef THREADLINT_OUTPUT_SARIF_H
#define THREADLINT_OUTPUT_SARIF_H

#include <stdbool.h>
#include <stdio.h>

#include "job.h"

/* Writes one run with every rule and the findings of all results; paths
 * become file:// URIs.  `successful` is false when some input failed.
 * Returns false when writing failed. */
bool tl_sarif_write(FILE *out, const tl_job_result *results, int n, bool successful);

#endif
