/* --baseline: the findings of an earlier run (its SARIF, as --format=sarif
 * or --write-baseline wrote it), so that only new findings are reported. */
#ifndef THREADLINT_BASELINE_H
#define THREADLINT_BASELINE_H

#include <stdbool.h>
#include <stdio.h>

#include "seen_set.h"

typedef struct tl_baseline_entry {
    char *fingerprint; /* partialFingerprints[TL_FINGERPRINT_KEY] */
    char *rule;
    char *file;        /* relative to the source root, or absolute */
    char *message;
    bool seen;         /* found again in this run */
} tl_baseline_entry;

typedef struct tl_baseline {
    tl_baseline_entry *entries; /* sorted by fingerprint */
    int n;
} tl_baseline;

/* Reads `path`; prints an error and returns false when it is not SARIF.
 * Results without a threadlint fingerprint are ignored.  Files are named
 * as fingerprints name them, relative to `root` when under it. */
bool tl_baseline_load(tl_baseline *b, const char *path, const char *root, FILE *err);
void tl_baseline_free(tl_baseline *b);
/* True, and the entry marked seen, when `fingerprint` is in the baseline. */
bool tl_baseline_take(tl_baseline *b, const char *fingerprint);
/* --stats: how many baseline findings were found again, and each one
 * fixed since: not found again though its file was analysed (`analysed`
 * names files as fingerprints do). */
void tl_baseline_print_stats(const tl_baseline *b, const tl_seen_set *analysed, FILE *out);

#endif
