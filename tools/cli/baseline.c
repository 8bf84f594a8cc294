#include "baseline.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "fingerprint.h"
#include "paths.h"
#include "strv.h"

static int cmp_entry(const void *pa, const void *pb) {
    const tl_baseline_entry *a = pa, *b = pb;
    return strcmp(a->fingerprint, b->fingerprint);
}

static const char *string_at(json_t *v, const char *path) {
    /* path: keys separated by '.', digits index arrays */
    char buf[128];
    snprintf(buf, sizeof buf, "%s", path);
    char *rest = NULL;
    for (char *key = strtok_r(buf, ".", &rest); key && v; key = strtok_r(NULL, ".", &rest))
        v = json_is_array(v) ? json_array_get(v, (size_t)atoi(key)) : json_object_get(v, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The file a result is in, as fingerprints name it: relative to the source
 * root (a %SRCROOT% location, or a file:// URI under `root`), else its
 * absolute path. */
static char *result_file(json_t *result, const char *root) {
    const char *uri = string_at(result, "locations.0.physicalLocation.artifactLocation.uri");
    const char *base = string_at(result, "locations.0.physicalLocation.artifactLocation.uriBaseId");
    char *path = !uri ? NULL : base ? tl_uri_decode_path(uri) : tl_file_uri_path(uri);
    if (!path)
        return tl_xstrdup(uri ? uri : "");
    const char *relative = base ? NULL : tl_path_under(path, root);
    if (relative) {
        char *copy = tl_xstrdup(relative);
        free(path);
        return copy;
    }
    return path;
}

static void add_results(tl_baseline *b, json_t *results, const char *root, int *cap) {
    size_t i;
    json_t *result;
    json_array_foreach(results, i, result) {
        json_t *fps = json_object_get(result, "partialFingerprints");
        const char *fp = json_string_value(json_object_get(fps, TL_FINGERPRINT_KEY));
        if (!fp)
            continue;
        if (b->n == *cap) {
            *cap = *cap ? *cap * 2 : 64;
            b->entries = tl_xrealloc(b->entries, sizeof *b->entries * (size_t)*cap);
        }
        const char *rule = string_at(result, "ruleId");
        const char *msg = string_at(result, "message.text");
        b->entries[b->n++] = (tl_baseline_entry){
            .fingerprint = tl_xstrdup(fp),
            .rule = tl_xstrdup(rule ? rule : ""),
            .file = result_file(result, root),
            .message = tl_xstrdup(msg ? msg : ""),
        };
    }
}

bool tl_baseline_load(tl_baseline *b, const char *path, const char *root, FILE *err) {
    memset(b, 0, sizeof *b);
    json_error_t jerr;
    json_t *log = json_load_file(path, 0, &jerr);
    if (!log) {
        fprintf(err, "threadlint: error: --baseline: cannot read '%s': %s\n", path, jerr.text);
        return false;
    }
    json_t *runs = json_object_get(log, "runs");
    if (!json_is_array(runs)) {
        fprintf(err, "threadlint: error: --baseline: '%s' is not a SARIF log (no \"runs\")\n",
                path);
        json_decref(log);
        return false;
    }
    int cap = 0;
    size_t i;
    json_t *run;
    json_array_foreach(runs, i, run) {
        json_t *results = json_object_get(run, "results");
        if (json_is_array(results))
            add_results(b, results, root, &cap);
    }
    json_decref(log);
    if (b->n)
        qsort(b->entries, (size_t)b->n, sizeof *b->entries, cmp_entry);
    return true;
}

void tl_baseline_free(tl_baseline *b) {
    for (int i = 0; i < b->n; i++) {
        free(b->entries[i].fingerprint);
        free(b->entries[i].rule);
        free(b->entries[i].file);
        free(b->entries[i].message);
    }
    free(b->entries);
    memset(b, 0, sizeof *b);
}

bool tl_baseline_take(tl_baseline *b, const char *fingerprint) {
    tl_baseline_entry key = {.fingerprint = (char *)fingerprint};
    tl_baseline_entry *e =
        b->n ? bsearch(&key, b->entries, (size_t)b->n, sizeof *b->entries, cmp_entry) : NULL;
    if (!e)
        return false;
    e->seen = true;
    return true;
}

static bool fixed(const tl_baseline_entry *e, const tl_seen_set *analysed) {
    return !e->seen && tl_seen_contains(analysed, e->file);
}

void tl_baseline_print_stats(const tl_baseline *b, const tl_seen_set *analysed, FILE *out) {
    long seen = 0, nfixed = 0;
    for (int i = 0; i < b->n; i++) {
        seen += b->entries[i].seen;
        nfixed += fixed(&b->entries[i], analysed);
    }
    fprintf(out,
            "  baseline findings:   %d\n"
            "    found again:       %ld\n"
            "    fixed since:       %ld\n",
            b->n, seen, nfixed);
    for (int i = 0; i < b->n; i++)
        if (fixed(&b->entries[i], analysed))
            fprintf(out, "    fixed: %s: %s [%s]\n", b->entries[i].file, b->entries[i].message,
                    b->entries[i].rule);
}
