#include "output_sarif.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "fingerprint.h"
#include "paths.h"
#include "rule_pages.h"
#include "strv.h"
#include "version.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SRCROOT "%SRCROOT%"
/* helpUri must be absolute: the pages as the project publishes them */
#define RULE_PAGES THREADLINT_HOMEPAGE "/blob/main/docs/rules"

/* Files under the source root are named relative to %SRCROOT%, so results
 * map onto the repository a code-scanning service checked out; others by
 * their file:// URI. */
static json_t *artifact(const tl_sarif_log *log, const tl_job_result *r, int file) {
    const char *path = tl_job_result_path(r, file);
    const char *relative = tl_path_under(path, log->root);
    if (relative) {
        char *uri = tl_uri_encode_path(relative);
        json_t *a = json_pack("{s:s, s:s}", "uri", uri, "uriBaseId", SRCROOT);
        free(uri);
        return a;
    }
    char *uri = tl_file_uri(path);
    json_t *a = json_pack("{s:s}", "uri", uri);
    free(uri);
    return a;
}

static json_t *physical(const tl_sarif_log *log, const tl_job_result *r, const tl_loc *loc) {
    return json_pack("{s:o, s:{s:i, s:i}}", "artifactLocation", artifact(log, r, loc->file),
                     "region", "startLine", (json_int_t)loc->line, "startColumn",
                     (json_int_t)loc->col);
}

static json_t *message(const char *text) { return json_pack("{s:s}", "text", text ? text : ""); }

static json_t *multiformat(const char *text, const char *markdown) {
    return json_pack("{s:s, s:s}", "text", text, "markdown", markdown);
}

/* The page's opening paragraph (under the title), the rule in a sentence
 * or three: as Markdown, and as text without the emphasis. */
static void opening_paragraph(const char *page, char **markdown, char **text) {
    const char *p = strstr(page, "\n\n");
    p = p ? p + 2 : page;
    const char *end = strstr(p, "\n\n");
    size_t n = end ? (size_t)(end - p) : strlen(p);
    *markdown = tl_xmalloc(n + 1);
    *text = tl_xmalloc(n + 1);
    size_t m = 0, t = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i] == '\n' ? ' ' : p[i];
        (*markdown)[m++] = c;
        if (c != '*' && c != '`')
            (*text)[t++] = c;
    }
    (*markdown)[m] = (*text)[t] = '\0';
}

static json_t *rule(tl_rule_id r) {
    const char *id = tl_rule_name(r);
    const char *page = tl_rule_page(id);
    char *help_uri = tl_xmalloc(strlen(RULE_PAGES) + strlen(id) + 8);
    sprintf(help_uri, "%s/%s.md", RULE_PAGES, id);
    json_t *d = json_pack("{s:s, s:o}", "id", id, "shortDescription",
                          message(tl_rule_summary(r)));
    if (page) {
        char *markdown, *text;
        opening_paragraph(page, &markdown, &text);
        json_object_set_new(d, "fullDescription", multiformat(text, markdown));
        json_object_set_new(d, "help", multiformat(page, page));
        free(markdown);
        free(text);
    }
    json_object_set_new(d, "helpUri", json_string(help_uri));
    json_object_set_new(d, "defaultConfiguration", json_pack("{s:s}", "level", "warning"));
    free(help_uri);
    return d;
}

static json_t *rules(void) {
    json_t *list = json_array();
    for (int r = 0; r < TL_RULE_COUNT; r++)
        json_array_append_new(list, rule((tl_rule_id)r));
    return list;
}

/* The finding first, then its notes: the path that leads to the bug. */
static json_t *code_flow(const tl_sarif_log *log, const tl_job_result *r, const tl_finding *f) {
    json_t *locs = json_array();
    json_array_append_new(locs, json_pack("{s:{s:o, s:o}}", "location", "physicalLocation",
                                          physical(log, r, &f->loc), "message", message(f->msg)));
    for (int i = 0; i < f->nnotes; i++)
        json_array_append_new(locs, json_pack("{s:{s:o, s:o}}", "location", "physicalLocation",
                                              physical(log, r, &f->notes[i].loc), "message",
                                              message(f->notes[i].msg)));
    return json_pack("[{s:[{s:o}]}]", "threadFlows", "locations", locs);
}

static json_t *related(const tl_sarif_log *log, const tl_job_result *r, const tl_finding *f) {
    json_t *list = json_array();
    for (int i = 0; i < f->nnotes; i++)
        json_array_append_new(list,
                              json_pack("{s:i, s:o, s:o}", "id", (json_int_t)i + 1,
                                        "physicalLocation", physical(log, r, &f->notes[i].loc),
                                        "message", message(f->notes[i].msg)));
    return list;
}

/* All edits of one repair form one fix; edits are grouped per file. */
static json_t *fix(const tl_sarif_log *log, const tl_job_result *r, const tl_fixit *fixits,
                   int nfixits, const char *description) {
    json_t *changes = json_array();
    int *change_file = tl_xmalloc(sizeof *change_file * (size_t)nfixits);
    int nchanges = 0;
    for (int i = 0; i < nfixits; i++) {
        const tl_fixit *fx = &fixits[i];
        int file = fx->range.begin.file, c = 0;
        while (c < nchanges && change_file[c] != file)
            c++;
        if (c == nchanges) {
            change_file[nchanges++] = file;
            json_array_append_new(changes, json_pack("{s:o, s:[]}", "artifactLocation",
                                                     artifact(log, r, file), "replacements"));
        }
        json_t *replacement = json_pack(
            "{s:{s:i, s:i, s:i, s:i}, s:{s:s}}", "deletedRegion", "startLine",
            (json_int_t)fx->range.begin.line, "startColumn", (json_int_t)fx->range.begin.col,
            "endLine", (json_int_t)fx->range.end.line, "endColumn",
            (json_int_t)fx->range.end.col, "insertedContent", "text", fx->text ? fx->text : "");
        json_array_append_new(json_object_get(json_array_get(changes, (size_t)c), "replacements"),
                              replacement);
    }
    free(change_file);
    return json_pack("{s:o, s:o}", "description", message(description), "artifactChanges",
                     changes);
}

/* The suggested fix first, then each alternative, named by what it inserts. */
static json_t *fixes(const tl_sarif_log *log, const tl_job_result *r, const tl_finding *f) {
    json_t *list = json_array();
    json_array_append_new(list, fix(log, r, f->fixits, f->nfixits,
                                    "apply threadlint's suggested fix"));
    for (int i = 0; i < f->nalts; i++) {
        char title[160], description[200];
        tl_fix_title(f->alts[i].fixits, f->alts[i].nfixits, title, sizeof title);
        snprintf(description, sizeof description, "alternatively, %s",
                 title[0] ? title : "apply another fix");
        json_array_append_new(list, fix(log, r, f->alts[i].fixits, f->alts[i].nfixits,
                                        description));
    }
    return list;
}

static json_t *result(const tl_sarif_log *log, const tl_job_result *r, const tl_finding *f,
                      const char *fingerprint) {
    const char *level = f->severity == TL_SEV_NOTE ? "note" : "warning";
    json_t *res = json_pack("{s:s, s:i, s:s, s:o, s:[{s:o}]}", "ruleId", tl_rule_name(f->rule),
                            "ruleIndex", (json_int_t)f->rule, "level", level, "message",
                            message(f->msg), "locations", "physicalLocation",
                            physical(log, r, &f->loc));
    if (f->nnotes)
        json_object_set_new(res, "relatedLocations", related(log, r, f));
    json_object_set_new(res, "codeFlows", code_flow(log, r, f));
    if (f->nfixits)
        json_object_set_new(res, "fixes", fixes(log, r, f));
    if (fingerprint)
        json_object_set_new(res, "partialFingerprints",
                            json_pack("{s:s}", TL_FINGERPRINT_KEY, fingerprint));
    return res;
}

/* "file:///src/proj/": a base URI ends in a slash. */
static char *root_uri(const char *root) {
    char *uri = tl_file_uri(root);
    size_t n = strlen(uri);
    if (n && uri[n - 1] == '/')
        return uri;
    uri = tl_xrealloc(uri, n + 2);
    strcpy(uri + n, "/");
    return uri;
}

bool tl_sarif_write(FILE *out, const tl_sarif_log *log) {
    json_t *list = json_array();
    for (int i = 0; i < log->n; i++) {
        const tl_job_result *r = &log->results[i];
        for (int k = 0; k < r->findings.n; k++) {
            const char *fp = log->fingerprints && log->fingerprints[i] ? log->fingerprints[i][k]
                                                                       : NULL;
            json_t *res = result(log, r, &r->findings.items[k], fp);
            if (log->against_baseline)
                json_object_set_new(res, "baselineState", json_string("new"));
            json_array_append_new(list, res);
        }
    }
    json_t *driver =
        json_pack("{s:s, s:s, s:s, s:s, s:o}", "name", "threadlint", "version", THREADLINT_VERSION,
                  "semanticVersion", THREADLINT_VERSION, "informationUri", THREADLINT_HOMEPAGE,
                  "rules", rules());
    char *base = root_uri(log->root);
    json_t *run = json_pack("{s:{s:o}, s:{s:{s:s}}, s:[{s:b}], s:o}", "tool", "driver", driver,
                            "originalUriBaseIds", SRCROOT, "uri", base, "invocations",
                            "executionSuccessful", log->successful, "results", list);
    free(base);
    json_t *root = json_pack("{s:s, s:s, s:[o]}", "$schema", SARIF_SCHEMA, "version", "2.1.0",
                             "runs", run);
    bool ok = root && json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0;
    fputc('\n', out);
    json_decref(root);
    return ok;
}
