#include "output_sarif.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "paths.h"
#include "strv.h"
#include "version.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"

static json_t *artifact(const tl_job_result *r, int file) {
    char *uri = tl_file_uri(tl_job_result_path(r, file));
    json_t *a = json_pack("{s:s}", "uri", uri);
    free(uri);
    return a;
}

static json_t *physical(const tl_job_result *r, const tl_loc *loc) {
    return json_pack("{s:o, s:{s:i, s:i}}", "artifactLocation", artifact(r, loc->file), "region",
                     "startLine", (json_int_t)loc->line, "startColumn", (json_int_t)loc->col);
}

static json_t *message(const char *text) { return json_pack("{s:s}", "text", text ? text : ""); }

static json_t *rules(void) {
    json_t *list = json_array();
    for (int r = 0; r < TL_RULE_COUNT; r++) {
        const char *id = tl_rule_name((tl_rule_id)r);
        char *help = tl_xmalloc(strlen(id) + 32);
        sprintf(help, "docs/rules/%s.md", id);
        json_array_append_new(
            list, json_pack("{s:s, s:o, s:s, s:{s:s}}", "id", id, "shortDescription",
                            message(tl_rule_summary((tl_rule_id)r)), "helpUri", help,
                            "defaultConfiguration", "level", "warning"));
        free(help);
    }
    return list;
}

/* The finding first, then its notes: the path that leads to the bug. */
static json_t *code_flow(const tl_job_result *r, const tl_finding *f) {
    json_t *locs = json_array();
    json_array_append_new(locs, json_pack("{s:{s:o, s:o}}", "location", "physicalLocation",
                                          physical(r, &f->loc), "message", message(f->msg)));
    for (int i = 0; i < f->nnotes; i++)
        json_array_append_new(locs, json_pack("{s:{s:o, s:o}}", "location", "physicalLocation",
                                              physical(r, &f->notes[i].loc), "message",
                                              message(f->notes[i].msg)));
    return json_pack("[{s:[{s:o}]}]", "threadFlows", "locations", locs);
}

static json_t *related(const tl_job_result *r, const tl_finding *f) {
    json_t *list = json_array();
    for (int i = 0; i < f->nnotes; i++)
        json_array_append_new(list, json_pack("{s:i, s:o, s:o}", "id", (json_int_t)i + 1,
                                              "physicalLocation", physical(r, &f->notes[i].loc),
                                              "message", message(f->notes[i].msg)));
    return list;
}

/* All edits of a finding form one fix; edits are grouped per file. */
static json_t *fixes(const tl_job_result *r, const tl_finding *f) {
    json_t *changes = json_array();
    int *change_file = tl_xmalloc(sizeof *change_file * (size_t)f->nfixits);
    int nchanges = 0;
    for (int i = 0; i < f->nfixits; i++) {
        const tl_fixit *fx = &f->fixits[i];
        int file = fx->range.begin.file, c = 0;
        while (c < nchanges && change_file[c] != file)
            c++;
        if (c == nchanges) {
            change_file[nchanges++] = file;
            json_array_append_new(changes, json_pack("{s:o, s:[]}", "artifactLocation",
                                                     artifact(r, file), "replacements"));
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
    return json_pack("[{s:o, s:o}]", "description", message("apply threadlint's suggested fix"),
                     "artifactChanges", changes);
}

static json_t *result(const tl_job_result *r, const tl_finding *f) {
    const char *level = f->severity == TL_SEV_NOTE ? "note" : "warning";
    json_t *res = json_pack("{s:s, s:i, s:s, s:o, s:[{s:o}]}", "ruleId", tl_rule_name(f->rule),
                            "ruleIndex", (json_int_t)f->rule, "level", level, "message",
                            message(f->msg), "locations", "physicalLocation", physical(r, &f->loc));
    if (f->nnotes)
        json_object_set_new(res, "relatedLocations", related(r, f));
    json_object_set_new(res, "codeFlows", code_flow(r, f));
    if (f->nfixits)
        json_object_set_new(res, "fixes", fixes(r, f));
    return res;
}

bool tl_sarif_write(FILE *out, const tl_job_result *results, int n, bool successful) {
    json_t *list = json_array();
    for (int i = 0; i < n; i++)
        for (int k = 0; k < results[i].findings.n; k++)
            json_array_append_new(list, result(&results[i], &results[i].findings.items[k]));
    json_t *driver = json_pack("{s:s, s:s, s:s, s:o}", "name", "threadlint", "version",
                               THREADLINT_VERSION, "informationUri", THREADLINT_HOMEPAGE, "rules",
                               rules());
    json_t *run = json_pack("{s:{s:o}, s:[{s:b}], s:o}", "tool", "driver", driver, "invocations",
                            "executionSuccessful", successful, "results", list);
    json_t *root = json_pack("{s:s, s:s, s:[o]}", "$schema", SARIF_SCHEMA, "version", "2.1.0",
                             "runs", run);
    bool ok = root && json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0;
    fputc('\n', out);
    json_decref(root);
    return ok;
}
