#include "fingerprint.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"

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

static uint64_t field(uint64_t h, const char *s) { return tl_hash_byte(tl_hash_str(h, s), 0x1f); }

char *tl_fingerprint_next(tl_fingerprints *fp, const tl_job_result *r, int i) {
    const tl_finding *f = &r->findings.items[i];
    const char *path = tl_job_result_path(r, f->loc.file);
    const char *relative = tl_path_under(path, fp->root);
    char digest[32];
    snprintf(digest, sizeof digest, "%016llx", r->stmt_digest ? r->stmt_digest[i] : 0ULL);
    uint64_t h = TL_HASH_START;
    h = field(h, tl_rule_name(f->rule));
    h = field(h, relative ? relative : path);
    h = field(h, f->func ? f->func : "");
    h = field(h, f->msg ? f->msg : "");
    h = field(h, digest);
    char key[64];
    for (int n = 1;; n++) {
        snprintf(key, sizeof key, "%016llx:%d", (unsigned long long)h, n);
        if (tl_seen_add(&fp->taken, key))
            return tl_xstrdup(key);
    }
}
