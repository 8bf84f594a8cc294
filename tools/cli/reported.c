#include "reported.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tl_reported_init(tl_reported *rp, int nresults, const char *root, tl_baseline *baseline) {
    memset(rp, 0, sizeof *rp);
    tl_fingerprints_init(&rp->fingerprints, root);
    rp->baseline = baseline;
    rp->nresults = nresults;
    rp->fingerprint = tl_xmalloc(sizeof *rp->fingerprint * ((size_t)nresults + 1));
    rp->known = tl_xmalloc(sizeof *rp->known * ((size_t)nresults + 1));
    memset(rp->fingerprint, 0, sizeof *rp->fingerprint * ((size_t)nresults + 1));
    memset(rp->known, 0, sizeof *rp->known * ((size_t)nresults + 1));
}

void tl_reported_free(tl_reported *rp) {
    for (int i = 0; i < rp->nresults; i++) {
        char **fps = rp->fingerprint[i];
        for (int k = 0; fps && fps[k]; k++)
            free(fps[k]);
        free(fps);
        free(rp->known[i]);
    }
    free(rp->fingerprint);
    free(rp->known);
    tl_seen_free(&rp->seen);
    tl_seen_free(&rp->analysed);
    tl_fingerprints_free(&rp->fingerprints);
}

/* Another TU already reported this finding (a shared header)? */
static bool seen_before(tl_reported *rp, const tl_job_result *r, const tl_finding *f) {
    const char *path = tl_job_result_path(r, f->loc.file);
    const char *msg = f->msg ? f->msg : "";
    size_t n = strlen(path) + strlen(msg) + 64;
    char *key = tl_xmalloc(n);
    snprintf(key, n, "%s\x1f%u\x1f%d\x1f%s", path, f->loc.offset, (int)f->rule, msg);
    bool fresh = tl_seen_add(&rp->seen, key);
    free(key);
    return !fresh;
}

static void note_analysed_files(tl_reported *rp, const tl_job_result *r) {
    for (int f = 0; f < r->nfiles; f++) {
        const char *path = tl_job_result_path(r, f);
        const char *relative = tl_path_under(path, rp->fingerprints.root);
        tl_seen_add(&rp->analysed, relative ? relative : path);
    }
}

int *tl_reported_take(tl_reported *rp, int i, tl_job_result *r) {
    int n = r->findings.n;
    int *keep_from = tl_xmalloc(sizeof *keep_from * ((size_t)n + 1));
    char **fps = tl_xmalloc(sizeof *fps * ((size_t)n + 1));
    bool *known = tl_xmalloc(sizeof *known * ((size_t)n + 1));
    int kept = 0;
    for (int k = 0; k < n; k++) {
        if (seen_before(rp, r, &r->findings.items[k]))
            continue;
        fps[kept] = tl_fingerprint_next(&rp->fingerprints, r, k);
        known[kept] = rp->baseline && tl_baseline_take(rp->baseline, fps[kept]);
        rp->known_count += known[kept];
        keep_from[kept] = k;
        r->findings.items[kept] = r->findings.items[k];
        if (r->stmt_digest)
            r->stmt_digest[kept] = r->stmt_digest[k];
        kept++;
    }
    fps[kept] = NULL;
    r->findings.n = kept;
    rp->fingerprint[i] = fps;
    rp->known[i] = known;
    if (r->analysed)
        note_analysed_files(rp, r);
    return keep_from;
}

void tl_reported_drop_known(tl_reported *rp, tl_job_result *results) {
    for (int i = 0; i < rp->nresults; i++) {
        tl_job_result *r = &results[i];
        char **fps = rp->fingerprint[i];
        bool *known = rp->known[i];
        if (!fps)
            continue;
        int kept = 0;
        for (int k = 0; k < r->findings.n; k++) {
            if (known[k]) {
                free(fps[k]);
                continue;
            }
            r->findings.items[kept] = r->findings.items[k];
            if (r->stmt_digest)
                r->stmt_digest[kept] = r->stmt_digest[k];
            fps[kept] = fps[k];
            known[kept] = false;
            kept++;
        }
        fps[kept] = NULL;
        r->findings.n = kept;
    }
}
