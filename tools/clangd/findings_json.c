#include "findings_json.h"

static json_t *location(const tl_job_result *r, const tl_loc *loc) {
    return json_pack("{s:s, s:I, s:I, s:I}", "path", tl_job_result_path(r, loc->file), "line",
                     (json_int_t)loc->line, "column", (json_int_t)loc->col, "offset",
                     (json_int_t)loc->offset);
}

static const char *note_kind(tl_note_kind k) {
    switch (k) {
    case TL_NOTE_EVENT:
        return "event";
    case TL_NOTE_DECISION:
        return "decision";
    case TL_NOTE_EXIT:
        return "exit";
    }
    return "event";
}

static json_t *edits(const tl_job_result *r, const tl_fixit *fixits, int n) {
    json_t *list = json_array();
    for (int i = 0; i < n; i++) {
        const tl_fixit *fx = &fixits[i];
        json_array_append_new(
            list, json_pack("{s:o, s:o, s:s}", "begin", location(r, &fx->range.begin), "end",
                            location(r, &fx->range.end), "text", fx->text ? fx->text : ""));
    }
    return list;
}

static json_t *finding(const tl_job_result *r, const tl_finding *f) {
    json_t *notes = json_array(), *alternatives = json_array();
    for (int i = 0; i < f->nnotes; i++)
        json_array_append_new(notes,
                              json_pack("{s:s, s:s, s:o}", "kind", note_kind(f->notes[i].kind),
                                        "message", f->notes[i].msg ? f->notes[i].msg : "",
                                        "location", location(r, &f->notes[i].loc)));
    for (int i = 0; i < f->nalts; i++)
        json_array_append_new(alternatives, edits(r, f->alts[i].fixits, f->alts[i].nfixits));
    return json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:o}", "rule", tl_rule_name(f->rule),
                     "severity", f->severity == TL_SEV_NOTE ? "note" : "warning", "message",
                     f->msg ? f->msg : "", "location", location(r, &f->loc), "notes", notes,
                     "fixits", edits(r, f->fixits, f->nfixits), "alternatives", alternatives);
}

json_t *tl_findings_json(const tl_job_result *r) {
    json_t *list = json_array();
    for (int i = 0; i < r->findings.n; i++)
        json_array_append_new(list, finding(r, &r->findings.items[i]));
    return list;
}
