#include "analysis_worker.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <clang-c/Index.h>
#include <jansson.h>

#include "compdb.h"
#include "config_lookup.h"
#include "findings_json.h"
#include "job_run.h"
#include "paths.h"
#include "strv.h"
#include "summary_file.h"

/* The build directory's summaries file (threadlint -p DIR
 * --export-summaries=DIR/threadlint-summaries.json), read again whenever
 * it changes; missing or stale, the analysis goes on without it. */
typedef struct summaries_cache {
    char *path;
    struct timespec mtime;
    off_t size;
    bool usable;
    tl_ext_summaries ext;
} summaries_cache;

static const char *const kSummariesName = "threadlint-summaries.json";

static const tl_ext_summaries *summaries_for(summaries_cache *c, const char *source,
                                             const char *only_dir) {
    char *dir = tl_database_dir_like_clangd(source, only_dir);
    char *path = dir ? tl_path_join(dir, kSummariesName) : NULL;
    free(dir);
    struct stat st;
    if (!path || stat(path, &st) != 0) {
        free(path);
        return NULL;
    }
    bool same = c->path && strcmp(c->path, path) == 0 && c->size == st.st_size &&
                c->mtime.tv_sec == st.st_mtim.tv_sec && c->mtime.tv_nsec == st.st_mtim.tv_nsec;
    if (same) {
        free(path);
        return c->usable ? &c->ext : NULL;
    }
    free(c->path);
    c->path = path;
    c->size = st.st_size;
    c->mtime = st.st_mtim;
    tl_ext_summaries_free(&c->ext);
    tl_ext_summaries_init(&c->ext);
    char *why = NULL;
    tl_summary_file_status status = tl_summary_file_read(path, &c->ext, &why);
    c->usable = status == TL_SUMMARY_FILE_OK;
    if (status == TL_SUMMARY_FILE_CORRUPT) /* once per version of the file */
        fprintf(stderr, "threadlint-clangd: summaries file '%s' is not usable: %s\n", path, why);
    free(why);
    return c->usable ? &c->ext : NULL;
}

/* The job for a buffer: the command clangd would use, else no flags. */
static void make_job(tl_job_list *jobs, const char *path, const char *only_dir) {
    if (!tl_job_like_clangd(path, only_dir, jobs)) {
        tl_strv files = {0}, no_args = {0};
        tl_strv_push(&files, path);
        tl_jobs_from_command_line(&files, &no_args, jobs);
        tl_strv_free(&files);
    }
}

/* Settings from .threadlint.yaml, read afresh for every buffer so edits
 * to it count at once; a malformed file is reported as configError. */
static void analyse(CXIndex index, const tl_worker_settings *ws, tl_job *job,
                    const tl_ext_summaries *external, json_t *out) {
    char *config_errors = NULL;
    size_t config_errors_len = 0;
    FILE *err = open_memstream(&config_errors, &config_errors_len);
    tl_config_lookup lookup;
    memset(&lookup, 0, sizeof lookup);
    bool ok = err && tl_config_lookup_init(&lookup, ws->checks, NULL, ws->config_file, err);
    const tl_settings *cs = ok ? tl_config_lookup_for(&lookup, job->parse_path, err) : NULL;
    if (err)
        fclose(err);
    if (cs && cs->ok) {
        char *cwd = tl_current_dir();
        tl_config cfg = cs->cfg;
        cfg.external = external;
        tl_run_settings s = {
            .cfg = &cfg,
            .header_filter = NULL, /* an editor shows the findings of the buffer itself */
            .max_file_size = TL_DEFAULT_MAX_FILE_SIZE,
            .max_depth = TL_LOWER_MAX_DEPTH,
            .cwd = cwd,
        };
        tl_job_result r;
        tl_job_run(index, job, &s, &r);
        json_object_set_new(out, "status", json_string(r.analysed ? "ok" : "failed"));
        json_object_set_new(out, "findings", tl_findings_json(&r));
        json_object_set_new(out, "budgetHits", json_integer(r.stats.budget_hits));
        if (r.messages_len)
            json_object_set_new(out, "messages", json_stringn(r.messages, r.messages_len));
        tl_job_result_free(&r);
        free(cwd);
    } else {
        json_object_set_new(out, "status", json_string("failed"));
        json_object_set_new(out, "findings", json_array());
        json_object_set_new(out, "configError",
                            json_stringn(config_errors ? config_errors : "",
                                         config_errors ? config_errors_len : 0));
    }
    tl_config_lookup_free(&lookup);
    free(config_errors);
}

static json_t *serve(CXIndex index, const tl_worker_settings *ws, summaries_cache *sums,
                     const json_t *req) {
    json_t *out = json_object();
    json_object_set(out, "id", json_object_get(req, "id"));
    const json_t *path = json_object_get(req, "path"), *text = json_object_get(req, "text");
    const char *only_dir = json_string_value(json_object_get(req, "compileCommandsDir"));
    if (!json_is_string(path) || !json_is_string(text)) {
        json_object_set_new(out, "status", json_string("failed"));
        json_object_set_new(out, "messages", json_string("malformed request"));
        return out;
    }
    tl_job_list jobs = {0};
    make_job(&jobs, json_string_value(path), only_dir);
    tl_job *job = &jobs.items[0];
    job->unsaved_len = json_string_length(text);
    job->unsaved_text = tl_xmalloc(job->unsaved_len + 1);
    memcpy(job->unsaved_text, json_string_value(text), job->unsaved_len + 1);
    analyse(index, ws, job, summaries_for(sums, json_string_value(path), only_dir), out);
    tl_jobs_free(&jobs);
    return out;
}

int tl_analysis_worker_main(const tl_worker_settings *ws) {
    /* answers get their own descriptor; anything else printed goes to stderr */
    int answers_fd = dup(STDOUT_FILENO);
    FILE *answers = answers_fd >= 0 ? fdopen(answers_fd, "w") : NULL;
    if (!answers || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        perror("threadlint-clangd: analysis worker");
        return 2;
    }
    CXIndex index = clang_createIndex(0, 0);
    summaries_cache sums = {0};
    tl_ext_summaries_init(&sums.ext);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        json_error_t jerr;
        json_t *req = json_loadb(line, (size_t)n, 0, &jerr);
        if (!req) {
            fprintf(stderr, "threadlint-clangd: analysis worker: bad request: %s\n", jerr.text);
            continue;
        }
        json_t *out = serve(index, ws, &sums, req);
        json_decref(req);
        if (json_dumpf(out, answers, JSON_COMPACT) != 0 || fputc('\n', answers) == EOF ||
            fflush(answers) != 0) {
            json_decref(out);
            break; /* the relay is gone */
        }
        json_decref(out);
    }
    free(line);
    tl_ext_summaries_free(&sums.ext);
    free(sums.path);
    clang_disposeIndex(index);
    fclose(answers);
    return 0;
}
