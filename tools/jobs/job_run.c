#define _GNU_SOURCE /* memmem */
#include "job_run.h"

#include <stdlib.h>
#include <string.h>

#include "compile_args.h"
#include "hash.h"
#include "ir_dump.h"
#include "lower.h"
#include "parse.h"
#include "paths.h"
#include "report_filter.h"
#include "source_text.h"
#include "src_text.h"
#include "summary_ext.h"
#include "timer.h"

/* Names for the TU's files: the main file as the user or database spelt
 * it, others as clang reports them; plus paths we can open from here. */
static void name_files(tl_job_result *out, const tl_tu *ir, const tl_job *job, const char *cwd) {
    tl_arena *a = &out->findings.arena;
    out->nfiles = ir->nfiles;
    out->files = tl_arena_alloc(a, sizeof *out->files * (size_t)(ir->nfiles + 1));
    out->paths = tl_arena_alloc(a, sizeof *out->paths * (size_t)(ir->nfiles + 1));
    for (int i = 0; i < ir->nfiles; i++) {
        const char *clang_name = ir->files[i];
        bool main = strcmp(clang_name, job->parse_path) == 0;
        out->files[i] = tl_arena_strdup(a, main ? job->display : clang_name);
        char *path = tl_path_absolute(job->directory ? job->directory : cwd, clang_name);
        out->paths[i] = tl_arena_strdup(a, path);
        free(path);
    }
}

/* File contents as libclang parsed them, for NOLINT and snippets. */
static tl_file_text *file_texts(CXTranslationUnit tu, const tl_tu *ir) {
    tl_file_text *texts = calloc((size_t)ir->nfiles + 1, sizeof *texts);
    if (!texts)
        return NULL;
    for (int i = 0; i < ir->nfiles; i++) {
        CXFile file = clang_getFile(tu, ir->files[i]);
        if (file)
            texts[i].text = clang_getFileContents(tu, file, &texts[i].len);
    }
    return texts;
}

/* `marks`: each file's NOLINT markers, scanned when first needed. */
static bool suppressed(const tl_finding *f, const tl_config *cfg, const tl_file_text *texts,
                       int nfiles, tl_nolint_marks **marks) {
    if (!cfg->enabled[f->rule])
        return true;
    if (!texts || !marks || f->loc.file < 0 || f->loc.file >= nfiles)
        return false;
    const tl_file_text *t = &texts[f->loc.file];
    if (!t->text)
        return false;
    if (!marks[f->loc.file])
        marks[f->loc.file] = tl_nolint_scan(t->text, t->len);
    return tl_nolint_marks_suppress(marks[f->loc.file], f->loc.line, tl_rule_name(f->rule));
}

static void keep_unsuppressed(tl_findings *fs, const tl_config *cfg, const tl_file_text *texts,
                              int nfiles) {
    tl_nolint_marks **marks = calloc((size_t)nfiles + 1, sizeof *marks);
    int kept = 0;
    for (int i = 0; i < fs->n; i++)
        if (!suppressed(&fs->items[i], cfg, texts, nfiles, marks))
            fs->items[kept++] = fs->items[i];
    fs->n = kept;
    for (int i = 0; marks && i < nfiles; i++)
        tl_nolint_marks_free(marks[i]);
    free(marks);
}

/* Hashes the line holding `loc` into h, blanks left out, so reindenting
 * changes nothing. */
static uint64_t digest_line(uint64_t h, const tl_file_text *texts, int nfiles, const tl_loc *loc) {
    const char *line = "";
    size_t len = 0;
    if (texts && loc->file >= 0 && loc->file < nfiles)
        tl_line_at(&texts[loc->file], loc->offset, &line, &len);
    for (size_t i = 0; i < len; i++)
        if (line[i] != ' ' && line[i] != '\t')
            h = tl_hash_byte(h, (unsigned char)line[i]);
    return tl_hash_byte(h, 0x1f);
}

static void digest_statements(tl_job_result *out, const tl_file_text *texts, int nfiles) {
    out->stmt_digest = calloc((size_t)out->findings.n + 1, sizeof *out->stmt_digest);
    if (!out->stmt_digest)
        return;
    for (int i = 0; i < out->findings.n; i++) {
        const tl_finding *f = &out->findings.items[i];
        uint64_t h = digest_line(TL_HASH_START, texts, nfiles, &f->loc);
        for (int k = 0; k < f->nnotes; k++)
            if (f->notes[k].kind == TL_NOTE_EVENT)
                h = digest_line(h, texts, nfiles, &f->notes[k].loc);
        out->stmt_digest[i] = h;
    }
}

static void render(tl_job_result *out, const tl_file_text *texts, const tl_text_style *style) {
    FILE *f = open_memstream(&out->output, &out->output_len);
    if (!f)
        return;
    out->finding_end = calloc((size_t)out->findings.n + 1, sizeof *out->finding_end);
    for (int i = 0; i < out->findings.n; i++) {
        tl_text_render(f, &out->findings.items[i], out->files, texts, out->nfiles, style);
        fflush(f);
        if (out->finding_end)
            out->finding_end[i] = out->output_len;
    }
    fclose(f);
}

static void dump_ir(tl_job_result *out, const tl_tu *ir) {
    FILE *f = open_memstream(&out->output, &out->output_len);
    if (!f)
        return;
    tl_ir_dump(ir, f);
    fclose(f);
}

/* Lowers and analyses a parsed TU. */
static void analyse(CXTranslationUnit tu, const tl_job *job, const tl_run_settings *s,
                    tl_job_result *out, FILE *err) {
    tl_tu ir;
    tl_tu_init(&ir);
    tl_report_filter rf;
    tl_report_filter_init(&rf, tu, job->parse_path, s->header_filter);
    tl_lower_options lo = {.report_file = tl_report_filter_accepts,
                           .ud = &rf,
                           .max_depth = s->max_depth,
                           .wrappers = s->cfg->wrappers,
                           .nwrappers = s->cfg->nwrappers,
                           .external = s->cfg->external,
                           .summarise = s->summarise};
    tl_lower_stats ls = {0};
    double start = tl_now();
    int lowered = tl_lower_tu(tu, &ir, &lo, &ls);
    if (lowered >= 0) /* wrapper calls become calls of the APIs they stand for */
        tl_tu_apply_wrappers(&ir, s->cfg->wrappers, s->cfg->nwrappers);
    if (lowered < 0) { /* the command said C, but libclang met C++ */
        fprintf(err, "threadlint: skipping '%s': libclang parsed it as C++, not C\n",
                job->display);
        out->skipped = TL_SKIP_NOT_C;
    } else if (s->dump_ir) {
        dump_ir(out, &ir);
    } else if (s->summarise) {
        out->summaries = tl_xmalloc(sizeof *out->summaries);
        tl_ext_summaries_init(out->summaries);
        tl_summarize_tu(&ir, s->cfg, out->summaries, &out->stats);
    } else {
        out->analysed = true;
        tl_analyze_tu(&ir, s->cfg, &out->findings, &out->stats);
        name_files(out, &ir, job, s->cwd);
        tl_file_text *texts = file_texts(tu, &ir);
        keep_unsuppressed(&out->findings, s->cfg, texts, ir.nfiles);
        tl_findings_sort(&out->findings);
        digest_statements(out, texts, ir.nfiles);
        if (s->render_text)
            render(out, texts, &s->style);
        free(texts);
    }
    out->analyse_seconds = tl_now() - start;
    out->functions_lowered = ls.functions;
    out->too_deep = ls.skipped_too_deep;
    tl_tu_free(&ir);
}

/* The summarising pass parses only files whose text names a thread
 * function or type, or a wrapper: what a helper in another file does with
 * a handle (or a start routine that never returns) is written in such a
 * file.  A file it skips leaves its functions unknown to their callers,
 * which is what they were without summaries; an endless loop alone did not
 * pay (xz: a pass 1.26 times as costly as one, 1.08 without). */
static bool worth_summarising(const tl_job *job, const tl_config *cfg) {
    size_t len = job->unsaved_len;
    char *owned = job->unsaved_text ? NULL : tl_read_file(job->parse_path, &len);
    const char *text = job->unsaved_text ? job->unsaved_text : owned;
    if (!text)
        return true; /* the parse will say why */
    bool worth = memmem(text, len, "pthread_", 8) || memmem(text, len, "thrd_", 5);
    for (int w = 0; !worth && w < cfg->nwrappers; w++)
        worth = memmem(text, len, cfg->wrappers[w].name, strlen(cfg->wrappers[w].name)) != NULL;
    free(owned);
    return worth;
}

/* An editor's buffer has no file to check, only a size. */
static tl_skip check_unsaved(const tl_job *job, unsigned long long max_size, FILE *err) {
    if (job->unsaved_len <= max_size)
        return TL_SKIP_NONE;
    fprintf(err, "threadlint: error: '%s' is too large (%llu bytes; the limit is %llu)\n",
            job->display, (unsigned long long)job->unsaved_len, max_size);
    return TL_SKIP_TOO_LARGE;
}

static tl_skip check_file(const tl_job *job, unsigned long long max_size, FILE *err) {
    switch (tl_check_input(job->parse_path, job->display, max_size, err)) {
    case TL_INPUT_OK:
        return TL_SKIP_NONE;
    case TL_INPUT_UNREADABLE:
        return TL_SKIP_UNREADABLE;
    case TL_INPUT_TOO_LARGE:
        break;
    }
    return TL_SKIP_TOO_LARGE;
}

/* Says why a job decided before parsing is skipped. */
static void say_skipped(const tl_job *job, FILE *err) {
    if (job->skip_message)
        fprintf(err, "%s\n", job->skip_message);
    else if (job->lang == TL_LANG_OTHER)
        fprintf(err, "threadlint: skipping '%s': not a C source file\n", job->display);
    else
        fprintf(err, "threadlint: skipping '%s': %s is not supported\n", job->display,
                tl_language_name(job->lang));
}

void tl_job_run(CXIndex index, const tl_job *job, const tl_run_settings *s, tl_job_result *out) {
    memset(out, 0, sizeof *out);
    tl_findings_init(&out->findings);
    FILE *err = open_memstream(&out->messages, &out->messages_len);
    if (!err) {
        out->status = 2;
        return;
    }
    out->skipped = job->skip;
    if (job->skip) {
        say_skipped(job, err);
    } else {
        out->skipped = job->unsaved_text ? check_unsaved(job, s->max_file_size, err)
                                         : check_file(job, s->max_file_size, err);
    }
    if (!out->skipped && s->summarise && !worth_summarising(job, s->cfg)) {
        fclose(err);
        return;
    }
    if (!out->skipped) {
        CXTranslationUnit tu = tl_parse_job(index, job, err, &out->parse_seconds);
        if (!tu) {
            out->skipped = TL_SKIP_DOES_NOT_COMPILE;
        } else {
            analyse(tu, job, s, out, err);
            clang_disposeTranslationUnit(tu);
        }
    }
    if (out->skipped != TL_SKIP_NONE && out->skipped != TL_SKIP_NOT_C)
        out->status = 2;
    fclose(err);
}
