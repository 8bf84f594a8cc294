#include "fingerprint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tl_fingerprints_init(tl_fingerprints *fp, const char *root) {
    memset(fp, 0, sizeof *fp);
    fp->root = root;
}

void tl_fingerprints_free(tl_fingerprints *fp) { tl_seen_free(&fp->taken); }

const char *tl_path_under(const char *path, const char *root) {
    size_t n = strlen(root);
    while (n > 1 && root[n - 1] == '/')
        n--;
    if (n == 1 && root[0] == '/')
        return path[0] == '/' ? path + 1 : NULL;
    if (strncmp(path, root, n) != 0 || path[n] != '/')
        return NULL;
    return path + n + 1;
}

static unsigned long long fnv(unsigned long long h, const char *s) {
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0x1f) * 1099511628211ULL;
}

char *tl_fingerprint_next(tl_fingerprints *fp, const tl_job_result *r, int i) {
    const tl_finding *f = &r->findings.items[i];
    const char *path = tl_job_result_path(r, f->loc.file);
    const char *relative = tl_path_under(path, fp->root);
    char digest[32];
    snprintf(digest, sizeof digest, "%016llx", r->stmt_digest ? r->stmt_digest[i] : 0ULL);
    unsigned long long h = 1469598103934665603ULL;
    h = fnv(h, tl_rule_name(f->rule));
    h = fnv(h, relative ? relative : path);
    h = fnv(h, f->func ? f->func : "");
    h = fnv(h, f->msg ? f->msg : "");
    h = fnv(h, digest);
    char key[64];
    for (int n = 1;; n++) {
        snprintf(key, sizeof key, "%016llx:%d", h, n);
        if (tl_seen_add(&fp->taken, key))
            return tl_xstrdup(key);
    }
}
