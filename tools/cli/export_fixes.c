#include "export_fixes.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <yaml.h>

typedef struct emitter {
    yaml_emitter_t y;
    bool ok;
} emitter;

/* After the first failure the rest is dropped; the emitter owns (and
 * frees) every event it is handed, even on failure. */
static void emit(emitter *e, yaml_event_t *ev, int made) {
    if (!made) {
        e->ok = false;
    } else if (!e->ok) {
        yaml_event_delete(ev);
    } else if (!yaml_emitter_emit(&e->y, ev)) {
        e->ok = false;
    }
}

static void scalar_styled(emitter *e, const char *text, yaml_scalar_style_t style) {
    yaml_event_t ev;
    emit(e, &ev,
         yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)text, (int)strlen(text), 1,
                                      1, style));
}

static void key(emitter *e, const char *k) { scalar_styled(e, k, YAML_PLAIN_SCALAR_STYLE); }

/* Single quotes like clang-tidy; libyaml switches to double quotes when a
 * value holds newlines or tabs. */
static void str(emitter *e, const char *k, const char *v) {
    key(e, k);
    scalar_styled(e, v ? v : "", YAML_SINGLE_QUOTED_SCALAR_STYLE);
}

/* Double quotes spell newlines in replacement text as \n. */
static void code(emitter *e, const char *k, const char *v) {
    key(e, k);
    scalar_styled(e, v ? v : "", YAML_DOUBLE_QUOTED_SCALAR_STYLE);
}

static void word(emitter *e, const char *k, const char *v) {
    key(e, k);
    scalar_styled(e, v, YAML_PLAIN_SCALAR_STYLE);
}

static void num(emitter *e, const char *k, unsigned long v) {
    char buf[32];
    snprintf(buf, sizeof buf, "%lu", v);
    word(e, k, buf);
}

static void map_begin(emitter *e) {
    yaml_event_t ev;
    emit(e, &ev, yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE));
}

static void map_end(emitter *e) {
    yaml_event_t ev;
    emit(e, &ev, yaml_mapping_end_event_initialize(&ev));
}

static void seq_begin(emitter *e, const char *k) {
    yaml_event_t ev;
    key(e, k);
    emit(e, &ev,
         yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE));
}

static void seq_end(emitter *e) {
    yaml_event_t ev;
    emit(e, &ev, yaml_sequence_end_event_initialize(&ev));
}

static void replacements(emitter *e, const tl_job_result *r, const tl_fixit *fx, int n) {
    seq_begin(e, "Replacements");
    for (int i = 0; i < n; i++) {
        map_begin(e);
        str(e, "FilePath", tl_job_result_path(r, fx[i].range.begin.file));
        num(e, "Offset", fx[i].range.begin.offset);
        num(e, "Length", fx[i].range.end.offset - fx[i].range.begin.offset);
        code(e, "ReplacementText", fx[i].text);
        map_end(e);
    }
    seq_end(e);
}

static void message(emitter *e, const tl_job_result *r, const char *msg, const tl_loc *loc,
                    const tl_fixit *fx, int nfx) {
    map_begin(e);
    str(e, "Message", msg);
    str(e, "FilePath", tl_job_result_path(r, loc->file));
    num(e, "FileOffset", loc->offset);
    replacements(e, r, fx, nfx);
    map_end(e);
}

static void diagnostic(emitter *e, const tl_job_result *r, const tl_finding *f,
                       const char *build_dir) {
    map_begin(e);
    word(e, "DiagnosticName", tl_rule_name(f->rule));
    key(e, "DiagnosticMessage");
    message(e, r, f->msg, &f->loc, f->fixits, f->nfixits);
    if (f->nnotes) {
        seq_begin(e, "Notes");
        for (int i = 0; i < f->nnotes; i++)
            message(e, r, f->notes[i].msg, &f->notes[i].loc, NULL, 0);
        seq_end(e);
    }
    /* clang-apply-replacements knows Warning, Error and Remark */
    word(e, "Level", f->severity == TL_SEV_NOTE ? "Remark" : "Warning");
    str(e, "BuildDirectory", build_dir);
    map_end(e);
}

static void document(emitter *e, const tl_job_list *jobs, const tl_job_result *results, int n,
                     const char *cwd) {
    yaml_event_t ev;
    emit(e, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
    emit(e, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0));
    map_begin(e);
    /* like clang-tidy: the main file when there is exactly one */
    const char *main_file = "";
    if (n == 1 && results[0].nfiles > 0)
        for (int i = 0; i < results[0].nfiles; i++)
            if (strcmp(results[0].files[i], jobs->items[0].display) == 0)
                main_file = results[0].paths[i];
    str(e, "MainSourceFile", main_file);
    seq_begin(e, "Diagnostics");
    for (int i = 0; i < n; i++) {
        const char *dir = jobs->items[i].directory ? jobs->items[i].directory : cwd;
        for (int k = 0; k < results[i].findings.n; k++)
            diagnostic(e, &results[i], &results[i].findings.items[k], dir);
    }
    seq_end(e);
    map_end(e);
    emit(e, &ev, yaml_document_end_event_initialize(&ev, 0));
    emit(e, &ev, yaml_stream_end_event_initialize(&ev));
}

bool tl_export_fixes(const char *path, const tl_job_list *jobs, const tl_job_result *results,
                     int n, const char *cwd) {
    FILE *out = fopen(path, "w");
    if (!out) {
        fprintf(stderr, "threadlint: error: cannot write '%s': %s\n", path, strerror(errno));
        return false;
    }
    emitter e = {.ok = true};
    if (!yaml_emitter_initialize(&e.y)) {
        fclose(out);
        fputs("threadlint: error: cannot initialise the YAML emitter\n", stderr);
        return false;
    }
    yaml_emitter_set_output_file(&e.y, out);
    yaml_emitter_set_unicode(&e.y, 1);
    yaml_emitter_set_width(&e.y, -1); /* never fold long messages */
    document(&e, jobs, results, n, cwd);
    yaml_emitter_flush(&e.y);
    const char *problem = e.y.problem;
    yaml_emitter_delete(&e.y);
    bool ok = e.ok && !ferror(out);
    if (fclose(out) != 0)
        ok = false;
    if (!ok)
        fprintf(stderr, "threadlint: error: cannot write '%s': %s\n", path,
                problem ? problem : strerror(errno));
    return ok;
}
