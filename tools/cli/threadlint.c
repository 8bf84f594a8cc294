/* threadlint: finds POSIX thread resource bugs in C code.
 * This file wires the pieces together: options, jobs, workers, outputs. */
#define _GNU_SOURCE /* sched_getaffinity */
#include <regex.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <clang-c/Index.h>

#include "analyze.h"
#include "cli_options.h"
#include "compdb.h"
#include "config_lookup.h"
#include "export_fixes.h"
#include "fixes.h"
#include "job.h"
#include "job_pool.h"
#include "job_run.h"
#include "output_sarif.h"
#include "paths.h"
#include "reported.h"
#include "rule_info.h"
#include "run_stats.h"
#include "strv.h"
#include "summary_file.h"
#include "timer.h"

typedef struct app {
    const tl_cli_options *opts;
    tl_job_list jobs;
    tl_job_result *results;
    tl_run_settings settings;
    const tl_settings **job_settings; /* per job: its config file's settings */
    tl_reported reported;
    tl_baseline baseline;
    char *root; /* --source-root, absolute */
    tl_run_totals totals;
    tl_progress progress;
    long warnings; /* note-level findings are not counted: they alone exit 0 */
    tl_ext_summaries external; /* other files' functions (summaries pass or file) */
    /* the first pass, over every entry of the database even when only
     * some files are analysed: its jobs, their settings and results */
    bool summarising;
    const tl_job_list *sum_jobs;
    const tl_settings **sum_settings;
    tl_job_result *sum_results;
    int status; /* 0, or 2 once any input failed */
} app;

static void *worker_init(void *ctx) {
    (void)ctx;
    return clang_createIndex(0, 0);
}

static void worker_fini(void *ctx, void *state) {
    (void)ctx;
    clang_disposeIndex(state);
}

static void work(void *ctx, void *state, int i) {
    app *a = ctx;
    const tl_settings *cs = a->summarising ? a->sum_settings[i] : a->job_settings[i];
    tl_job_result *r = a->summarising ? &a->sum_results[i] : &a->results[i];
    if (!cs->ok) { /* its config file is malformed: said once, before the jobs */
        memset(r, 0, sizeof *r);
        tl_findings_init(&r->findings);
        r->status = 2;
        r->skipped = TL_SKIP_BAD_CONFIG;
        return;
    }
    tl_run_settings s = a->settings;
    tl_config cfg = cs->cfg;
    cfg.external = &a->external;
    s.cfg = &cfg;
    s.summarise = a->summarising;
    s.header_filter = cs->has_header_filter ? &cs->header_filter : NULL;
    tl_job_run(state, &(a->summarising ? a->sum_jobs : &a->jobs)->items[i], &s, r);
}

/* Prints the text of the findings that are reported: once, and not
 * already in the baseline. */
static void print_findings(app *a, int i, tl_job_result *r) {
    bool text = a->settings.render_text && r->output && r->finding_end;
    int *keep_from = tl_reported_take(&a->reported, i, r);
    for (int k = 0; k < r->findings.n; k++) {
        if (a->reported.known[i][k])
            continue;
        const tl_finding *f = &r->findings.items[k];
        a->totals.findings[f->rule]++;
        if (f->severity == TL_SEV_WARNING)
            a->warnings++;
        if (text) {
            int from = keep_from[k];
            size_t begin = from ? r->finding_end[from - 1] : 0;
            fwrite(r->output + begin, 1, r->finding_end[from] - begin, stdout);
        }
    }
    free(keep_from);
}

/* On the main thread, in input order. */
static void deliver(void *ctx, int i) {
    app *a = ctx;
    tl_job_result *r = a->summarising ? &a->sum_results[i] : &a->results[i];
    if (a->summarising) { /* errors are said by the second pass */
        if (r->summaries)
            tl_ext_summaries_merge(&a->external, r->summaries);
        a->totals.summary_seconds += r->parse_seconds + r->analyse_seconds;
        tl_job_result_free(r);
        return;
    }
    if (r->messages_len || r->output_len) /* output goes where the line is */
        tl_progress_clear(&a->progress);
    tl_progress_delivered(&a->progress, i, a->jobs.items[i].display);
    fflush(stdout);
    if (r->messages_len)
        fwrite(r->messages, 1, r->messages_len, stderr);
    if (r->status > a->status)
        a->status = r->status;
    if (a->opts->dump_ir) {
        if (r->output_len)
            fwrite(r->output, 1, r->output_len, stdout);
    } else {
        print_findings(a, i, r);
    }
    fflush(stdout);
    tl_run_totals_add(&a->totals, r);
    /* keep only what SARIF, --fix and --export-fixes still need */
    free(r->messages);
    free(r->output);
    free(r->finding_end);
    r->messages = r->output = NULL;
    r->finding_end = NULL;
    r->messages_len = r->output_len = 0;
}

static void show_progress(void *ctx, int done, int started_last) {
    app *a = ctx;
    tl_progress_working(&a->progress, done, started_last, a->jobs.items[started_last].display);
}

static bool use_color(tl_color_mode mode) {
    if (mode != TL_COLOR_AUTO)
        return mode == TL_COLOR_ALWAYS;
    const char *term = getenv("TERM");
    return isatty(STDOUT_FILENO) && !(term && strcmp(term, "dumb") == 0);
}

/* The CPUs this process may run on (a container's or taskset's share),
 * not every CPU the machine has. */
static int cpu_count(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        return CPU_COUNT(&set);
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    return cpus > 0 ? (int)cpus : 1;
}

static int worker_count(int requested, int njobs) {
    int n = requested ? requested : cpu_count();
    return n < njobs ? n : njobs;
}

/* Checks --checks and --header-filter; config_lookup.c applies them. */
static bool validate_options(const tl_cli_options *o) {
    tl_config cfg;
    tl_config_default(&cfg);
    const char *bad = NULL;
    if (o->checks && !tl_config_apply_checks(&cfg, o->checks, &bad)) {
        int len = (int)strcspn(bad, ",");
        fprintf(stderr, "threadlint: error: --checks: '%.*s' matches no rule\n", len, bad);
        return false;
    }
    if (o->header_filter) {
        const char *problem = tl_header_filter_problem(o->header_filter);
        if (problem) {
            fprintf(stderr, "threadlint: error: --header-filter: bad regular expression '%s': %s\n",
                    o->header_filter, problem);
            return false;
        }
        regex_t re;
        int rc = regcomp(&re, o->header_filter, REG_EXTENDED | REG_NOSUB);
        if (rc != 0) {
            char why[256];
            regerror(rc, &re, why, sizeof why);
            fprintf(stderr, "threadlint: error: --header-filter: bad regular expression '%s': %s\n",
                    o->header_filter, why);
            return false;
        }
        regfree(&re);
    }
    return true;
}

/* Each job's settings, from the config file above its source.  Runs before
 * the workers start, so malformed files are reported first and once. */
static const tl_settings **settings_per_job(tl_config_lookup *lookup, const tl_job_list *jobs,
                                            const char *cwd) {
    const tl_settings **per_job = tl_xmalloc(sizeof *per_job * ((size_t)jobs->n + 1));
    for (int i = 0; i < jobs->n; i++) {
        const tl_job *job = &jobs->items[i];
        char *source = tl_path_absolute(job->directory ? job->directory : cwd, job->parse_path);
        per_job[i] = tl_config_lookup_for(lookup, source, stderr);
        free(source);
    }
    return per_job;
}

static bool write_sarif(const app *a, FILE *out, bool against_baseline) {
    tl_sarif_log log = {
        .results = a->results,
        .n = a->jobs.n,
        .fingerprints = a->reported.fingerprint,
        .root = a->root,
        .successful = a->status == 0,
        .against_baseline = against_baseline,
    };
    return tl_sarif_write(out, &log);
}

/* Every finding of the run, those the old baseline holds included, so a
 * baseline is refreshed by naming it twice. */
static void write_baseline(app *a, const char *path) {
    FILE *f = fopen(path, "w");
    bool ok = f && write_sarif(a, f, false);
    if (f && fclose(f) != 0)
        ok = false;
    if (!ok) {
        fprintf(stderr, "threadlint: error: --write-baseline: cannot write '%s'\n", path);
        a->status = 2;
    }
}

/* The baseline file, SARIF, exported fixes and applied fixes, once every
 * job is done. */
static void finish_outputs(app *a, const char *cwd) {
    const tl_cli_options *o = a->opts;
    if (o->dump_ir)
        return;
    if (o->write_baseline)
        write_baseline(a, o->write_baseline);
    tl_reported_drop_known(&a->reported, a->results);
    if (o->format == TL_FORMAT_SARIF &&
        (!write_sarif(a, stdout, o->baseline != NULL) || fflush(stdout) != 0)) {
        fputs("threadlint: error: cannot write SARIF output\n", stderr);
        a->status = 2;
    }
    if (o->export_fixes &&
        !tl_export_fixes(o->export_fixes, &a->jobs, a->results, a->jobs.n, cwd))
        a->status = 2;
    if (o->fix) {
        int s = tl_apply_fixes(a->results, a->jobs.n);
        if (s > a->status)
            a->status = s;
    }
}

/* --list-checks: the settings of the first named file, or of a file in
 * the current directory, under --checks. */
static int list_checks(const tl_cli_options *o, tl_config_lookup *lookup) {
    char *cwd = tl_current_dir();
    char *source = tl_path_absolute(cwd, o->files.n ? o->files.v[0] : "-");
    const tl_settings *s = tl_config_lookup_for(lookup, source, stderr);
    if (s->ok)
        tl_list_checks(&s->cfg, stdout);
    free(source);
    free(cwd);
    return s->ok ? 0 : 2;
}

/* --summaries=FILE: a file that is missing or stale is said and the run
 * goes on without it; a corrupt one is an input error (status 2). */
static int load_summaries(app *a, const char *path) {
    char *why = NULL;
    switch (tl_summary_file_read(path, &a->external, &why)) {
    case TL_SUMMARY_FILE_OK:
        return 0;
    case TL_SUMMARY_FILE_MISSING:
        fprintf(stderr, "threadlint: warning: summaries file '%s' not found; analysing without it\n",
                path);
        return 0;
    case TL_SUMMARY_FILE_STALE:
        fprintf(stderr,
                "threadlint: warning: summaries file '%s' was written by another version; "
                "analysing without it\n",
                path);
        return 0;
    case TL_SUMMARY_FILE_CORRUPT:
        break;
    }
    fprintf(stderr, "threadlint: error: summaries file '%s' is not usable: %s\n", path, why);
    free(why);
    return 2;
}

/* The first pass: every file's functions with external linkage summarised,
 * so the second pass sees helpers across files.  Over the whole database
 * (-p) even when only some of its files are named, else over the files. */
static void summaries_pass(app *a, const tl_pool_hooks *hooks, tl_config_lookup *lookup,
                           const char *cwd) {
    const tl_cli_options *o = a->opts;
    double start = tl_now();
    tl_job_list all = {0};
    long entries = 0;
    const tl_job_list *jobs = &a->jobs;
    if (o->build_dir && o->files.n && a->status == 0) { /* a bad database was said */
        tl_strv none = {0};
        tl_jobs_from_database(o->build_dir, &none, &o->compiler_args, &all, &entries);
        jobs = &all;
    }
    a->sum_jobs = jobs;
    a->sum_settings = jobs == &a->jobs ? a->job_settings : settings_per_job(lookup, jobs, cwd);
    a->sum_results = calloc((size_t)jobs->n + 1, sizeof *a->sum_results);
    if (!a->sum_results) {
        fputs("threadlint: error: out of memory\n", stderr);
        exit(2);
    }
    tl_pool_hooks quiet = *hooks;
    quiet.progress = NULL;
    a->summarising = true;
    tl_pool_run(jobs->n, worker_count(o->jobs, jobs->n), &quiet);
    a->summarising = false;
    free(a->sum_results);
    if (a->sum_settings != a->job_settings)
        free(a->sum_settings);
    tl_jobs_free(&all);
    a->totals.summary_wall_seconds = tl_now() - start;
    a->totals.summarised = a->external.n;
    if (a->opts->export_summaries &&
        !tl_summary_file_write(a->opts->export_summaries, &a->external, stderr))
        a->status = 2;
}

/* -p DIR with named files: the summaries the whole database's last export
 * left in DIR (threadlint-clangd reads the same file), when it can be used,
 * instead of a first pass over every file for a few. */
static bool build_dir_summaries(app *a) {
    const tl_cli_options *o = a->opts;
    if (!o->build_dir || !o->files.n || o->export_summaries)
        return false;
    char *path = tl_path_join(o->build_dir, "threadlint-summaries.json");
    char *why = NULL;
    tl_summary_file_status st = tl_summary_file_read(path, &a->external, &why);
    if (st == TL_SUMMARY_FILE_CORRUPT)
        fprintf(stderr, "threadlint: warning: summaries file '%s' is not usable: %s; summarising "
                        "the database instead\n",
                path, why);
    free(why);
    free(path);
    return st == TL_SUMMARY_FILE_OK;
}

static int run(const tl_cli_options *o) {
    double start = tl_now();
    tl_config_lookup lookup;
    if (!validate_options(o))
        return 2;
    if (!tl_config_lookup_init(&lookup, o->checks, o->header_filter, o->config_file, stderr)) {
        tl_config_lookup_free(&lookup);
        return 2;
    }
    if (o->list_checks) {
        int status = list_checks(o, &lookup);
        tl_config_lookup_free(&lookup);
        return status;
    }

    app a = {.opts = o};
    tl_ext_summaries_init(&a.external);
    char *cwd = tl_current_dir();
    a.root = tl_path_absolute(cwd, o->source_root ? o->source_root : ".");
    if (o->baseline && !tl_baseline_load(&a.baseline, o->baseline, a.root, stderr)) {
        free(a.root);
        free(cwd);
        tl_config_lookup_free(&lookup);
        return 2;
    }
    if (o->build_dir)
        a.status = tl_jobs_from_database(o->build_dir, &o->files, &o->compiler_args, &a.jobs,
                                         &a.totals.entries);
    else
        tl_jobs_from_command_line(&o->files, &o->compiler_args, &a.jobs);

    tl_reported_init(&a.reported, a.jobs.n, a.root, o->baseline ? &a.baseline : NULL);
    a.job_settings = settings_per_job(&lookup, &a.jobs, cwd);
    for (int i = 0; i < a.jobs.n; i++)
        if (!a.job_settings[i]->ok)
            a.status = 2;
    a.settings = (tl_run_settings){
        .max_file_size = o->max_file_size,
        .max_depth = TL_LOWER_MAX_DEPTH,
        .cwd = cwd,
        .dump_ir = o->dump_ir,
        .render_text = o->format == TL_FORMAT_TEXT,
        .style = {.color = use_color(o->color), .show_source = o->show_source},
    };
    a.results = calloc((size_t)a.jobs.n + 1, sizeof *a.results);
    if (!a.results) {
        fputs("threadlint: error: out of memory\n", stderr);
        exit(2);
    }
    tl_progress_init(&a.progress, stderr, o->progress, a.jobs.n);
    tl_pool_hooks hooks = {&a, worker_init, worker_fini, work, deliver,
                           a.progress.on && a.progress.in_place ? show_progress : NULL};
    int workers = worker_count(o->jobs, a.jobs.n);
    if (o->summaries) {
        int s = load_summaries(&a, o->summaries);
        if (s > a.status)
            a.status = s;
    } else if (!o->dump_ir && (o->export_summaries || (o->build_dir && !o->no_summaries)) &&
               !build_dir_summaries(&a)) {
        summaries_pass(&a, &hooks, &lookup, cwd);
    }
    tl_pool_run(a.jobs.n, workers, &hooks);
    tl_progress_clear(&a.progress);

    /* stdout is a pipe's buffer, stderr is not: empty it first, so that
     * `2>&1 | less` shows each line where it was written */
    fflush(stdout);
    if (a.warnings && !o->dump_ir && !o->quiet)
        fprintf(stderr, "%ld warning%s generated.\n", a.warnings, a.warnings == 1 ? "" : "s");
    finish_outputs(&a, cwd);
    a.totals.known = a.reported.known_count;
    a.totals.wall_seconds = tl_now() - start;
    /* a run over a whole database says what it covered */
    if (a.totals.entries && o->files.n == 0 && !o->dump_ir && !o->quiet)
        tl_run_summary_print(&a.totals, stderr);
    if (o->stats) {
        tl_run_totals_print(&a.totals, stderr);
        if (o->baseline)
            tl_baseline_print_stats(&a.baseline, &a.reported.analysed, stderr);
    }

    int status = a.status ? a.status : a.warnings ? 1 : 0;
    for (int i = 0; i < a.jobs.n; i++)
        tl_job_result_free(&a.results[i]);
    free(a.results);
    free(cwd);
    free(a.root);
    tl_reported_free(&a.reported);
    tl_baseline_free(&a.baseline);
    tl_jobs_free(&a.jobs);
    tl_ext_summaries_free(&a.external);
    free(a.job_settings);
    tl_config_lookup_free(&lookup);
    return status;
}

int main(int argc, char **argv) {
    tl_cli_options o;
    tl_cli_action action = tl_cli_parse(argc, argv, &o);
    int status = action != TL_CLI_RUN ? (action == TL_CLI_EXIT_OK ? 0 : 2)
                 : o.explain             ? tl_explain(o.explain, stdout, stderr)
                                         : run(&o);
    tl_cli_options_free(&o);
    if (fflush(stdout) != 0 && status == 0)
        status = 2;
    return status;
}
