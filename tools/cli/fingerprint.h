/* A finding's identity across runs and commits, for baselines and SARIF's
 * partialFingerprints: a hash of its rule, its file (relative to the
 * source root), its function, its message (which names the resource) and
 * the statements involved (tl_job_result.stmt_digest), never a line
 * number; then ':' and which of the findings with that hash it is, in
 * output order ("3fa2...c1:1"), so a second identical finding in the same
 * function is a new one. */
#ifndef THREADLINT_FINGERPRINT_H
#define THREADLINT_FINGERPRINT_H

#include "job.h"
#include "seen_set.h"

/* The key under partialFingerprints; a new version when the recipe changes. */
#define TL_FINGERPRINT_KEY "threadlint/v1"

typedef struct tl_fingerprints {
    const char *root;  /* absolute, normalized; files under it are named relative to it */
    tl_seen_set taken; /* "hash:n" handed out so far */
} tl_fingerprints;

void tl_fingerprints_init(tl_fingerprints *fp, const char *root);
void tl_fingerprints_free(tl_fingerprints *fp);
/* The next finding in output order (finding `i` of `r`); the caller frees. */
char *tl_fingerprint_next(tl_fingerprints *fp, const tl_job_result *r, int i);

/* `path` relative to `root` when it is under it, else NULL. */
const char *tl_path_under(const char *path, const char *root);

#endif
