/* Reads compilation databases through libclang.  libclang infers a command
 * for any file not in the database (from a similar entry), so named files
 * are matched against the listed entries ourselves. */
#include "compdb.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <clang-c/CXCompilationDatabase.h>
#include <jansson.h>

#include "compile_args.h"
#include "paths.h"

static tl_skip skip_by_language(tl_language lang) {
    return lang == TL_LANG_C ? TL_SKIP_NONE : TL_SKIP_NOT_C;
}

void tl_jobs_from_command_line(const tl_strv *files, const tl_strv *args, tl_job_list *jobs) {
    for (int i = 0; i < files->n; i++) {
        tl_job *j = tl_jobs_add(jobs);
        j->display = tl_xstrdup(files->v[i]);
        j->parse_path = tl_xstrdup(files->v[i]);
        for (int k = 0; k < args->n; k++)
            tl_strv_push(&j->args, args->v[k]);
        j->lang = tl_language_of(NULL, (const char *const *)j->args.v, j->args.n, files->v[i]);
        j->skip = skip_by_language(j->lang);
    }
}

static char *cxstring_dup(CXString s) {
    const char *c = clang_getCString(s);
    char *copy = tl_xstrdup(c ? c : "");
    clang_disposeString(s);
    return copy;
}

static void command_argv(CXCompileCommand cmd, tl_strv *argv) {
    unsigned nargs = clang_CompileCommand_getNumArgs(cmd);
    for (unsigned i = 0; i < nargs; i++) {
        char *a = cxstring_dup(clang_CompileCommand_getArg(cmd, i));
        tl_strv_push(argv, a);
        free(a);
    }
}

/* Lower is better: compiles before preprocess-only runs before -cc1 runs,
 * and of each, one that compiles the file as C first. */
static int command_rank(CXCompileCommand cmd) {
    tl_strv argv = {0};
    command_argv(cmd, &argv);
    char *file = cxstring_dup(clang_CompileCommand_getFilename(cmd));
    const char *const *v = (const char *const *)argv.v;
    int rank = 2 * (int)tl_command_kind_of(v, argv.n) +
               (argv.n < 1 || tl_language_of(v[0], v + 1, argv.n - 1, file) != TL_LANG_C);
    free(file);
    tl_strv_free(&argv);
    return rank;
}

/* The entry's file, absolute and normalized; the caller frees. */
static char *command_file(CXCompileCommand cmd) {
    char *dir = cxstring_dup(clang_CompileCommand_getDirectory(cmd));
    char *file = cxstring_dup(clang_CompileCommand_getFilename(cmd));
    char *abs = tl_path_absolute(dir, file);
    free(file);
    free(dir);
    return abs;
}

/* A C file the database gives no command to analyse it by: an error, said
 * when its turn comes.  `why` ends the sentence ("" or ", only ..."). */
static void no_compile_command(tl_job *j, const char *db_path, const char *why) {
    j->skip = TL_SKIP_NO_COMPILE_COMMAND;
    size_t n = strlen(j->display) + strlen(db_path) + strlen(why) + 64;
    j->skip_message = tl_xmalloc(n);
    snprintf(j->skip_message, n, "threadlint: error: no compile command for '%s' in %s%s",
             j->display, db_path, why);
}

/* Turns one database entry into a job; `display` is how we name it.  A
 * clang -cc1 run is no command a driver can replay: its job only says that
 * the file has no compile command, or is not C anyway. */
static void add_entry_job(tl_job_list *jobs, CXCompileCommand cmd, const char *display,
                          const tl_strv *extra_args, const char *db_path) {
    char *dir = cxstring_dup(clang_CompileCommand_getDirectory(cmd));
    char *file = cxstring_dup(clang_CompileCommand_getFilename(cmd));
    tl_strv argv = {0};
    command_argv(cmd, &argv);
    tl_job *j = tl_jobs_add(jobs);
    j->display = tl_xstrdup(display ? display : file);
    j->directory = dir;
    j->parse_path = tl_path_join(dir, file);
    j->from_db = true;
    if (tl_command_kind_of((const char *const *)argv.v, argv.n) == TL_COMMAND_FRONTEND) {
        j->lang = tl_language_of(NULL, (const char *const *)argv.v, argv.n, file);
        j->skip = skip_by_language(j->lang);
        if (!j->skip)
            no_compile_command(j, db_path, ", only clang -cc1 runs; not analysed");
    } else {
        tl_args_from_command(j, (const char *const *)argv.v, argv.n, file);
        for (int i = 0; i < extra_args->n; i++)
            tl_strv_push(&j->args, extra_args->v[i]);
        j->lang = tl_language_of(argv.n ? argv.v[0] : NULL, (const char *const *)j->args.v,
                                 j->args.n, file);
        j->skip = skip_by_language(j->lang);
    }
    tl_strv_free(&argv);
    free(file);
}

/* A named file the database has no entry for. */
static void add_missing_job(tl_job_list *jobs, const char *display, const char *db_path) {
    tl_job *j = tl_jobs_add(jobs);
    j->display = tl_xstrdup(display);
    j->parse_path = tl_xstrdup(display);
    j->from_db = true;
    j->lang = tl_language_of(NULL, NULL, 0, display);
    j->skip = skip_by_language(j->lang);
    if (!j->skip)
        no_compile_command(j, db_path, "");
}

/* Of several entries for one file, the one to analyse it by: the first of
 * the best rank (command_rank).  `idx` lists candidates in order. */
static unsigned best_entry(CXCompileCommands all, const unsigned *idx, size_t n) {
    unsigned best = idx[0];
    int best_rank = 0;
    for (size_t i = 0; i < n; i++) {
        int rank = command_rank(clang_CompileCommands_getCommand(all, idx[i]));
        if (i == 0 || rank < best_rank) {
            best = idx[i];
            best_rank = rank;
        }
        if (best_rank == 0)
            break;
    }
    return best;
}

static bool same_file(const char *a, const char *b, const struct stat *b_st) {
    if (strcmp(a, b) == 0)
        return true;
    struct stat st;
    return b_st && stat(a, &st) == 0 && st.st_dev == b_st->st_dev && st.st_ino == b_st->st_ino;
}

/* Each entry's file, absolute and normalized, by entry index. */
static char **entry_files(CXCompileCommands all, unsigned total) {
    char **files = tl_xmalloc(sizeof *files * ((size_t)total + 1));
    for (unsigned i = 0; i < total; i++)
        files[i] = command_file(clang_CompileCommands_getCommand(all, i));
    return files;
}

/* The entry to analyse `wanted` (absolute, normalized) by, or NULL. */
static CXCompileCommand find_entry(CXCompileCommands all, char *const *files, unsigned total,
                                   const char *wanted) {
    struct stat wanted_st;
    bool have_st = stat(wanted, &wanted_st) == 0;
    unsigned *idx = tl_xmalloc(sizeof *idx * ((size_t)total + 1));
    size_t n = 0;
    for (unsigned i = 0; i < total; i++)
        if (same_file(files[i], wanted, have_st ? &wanted_st : NULL))
            idx[n++] = i;
    CXCompileCommand cmd =
        n ? clang_CompileCommands_getCommand(all, best_entry(all, idx, n)) : NULL;
    free(idx);
    return cmd;
}

typedef struct entry_ref {
    const char *file;
    unsigned idx;
} entry_ref;

static int cmp_entry_ref(const void *pa, const void *pb) {
    const entry_ref *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    return c ? c : (a->idx > b->idx) - (a->idx < b->idx);
}

static int cmp_unsigned_ll(const void *pa, const void *pb) {
    unsigned long long a = *(const unsigned long long *)pa, b = *(const unsigned long long *)pb;
    return (a > b) - (a < b);
}

/* One job per file, in the order files first appear, each by its best
 * entry: a file built twice (static and shared) is analysed once, and by
 * its compile as C rather than the -cc1 or -M run beside it. */
static void add_every_file(tl_job_list *jobs, CXCompileCommands all, char *const *files,
                           unsigned total, const tl_strv *extra_args, const char *db_path) {
    entry_ref *refs = tl_xmalloc(sizeof *refs * ((size_t)total + 1));
    for (unsigned i = 0; i < total; i++)
        refs[i] = (entry_ref){files[i], i};
    qsort(refs, total, sizeof *refs, cmp_entry_ref);
    /* per file: its first entry's index in the high half, the best entry's
     * in the low, so sorting orders files by first appearance */
    unsigned long long *chosen = tl_xmalloc(sizeof *chosen * ((size_t)total + 1));
    unsigned *idx = tl_xmalloc(sizeof *idx * ((size_t)total + 1));
    size_t nfiles = 0;
    for (unsigned g = 0; g < total;) {
        size_t n = 0;
        unsigned e = g;
        for (; e < total && strcmp(refs[e].file, refs[g].file) == 0; e++)
            idx[n++] = refs[e].idx;
        chosen[nfiles++] = (unsigned long long)idx[0] << 32 | best_entry(all, idx, n);
        g = e;
    }
    qsort(chosen, nfiles, sizeof *chosen, cmp_unsigned_ll);
    for (size_t f = 0; f < nfiles; f++)
        add_entry_job(jobs, clang_CompileCommands_getCommand(all, (unsigned)chosen[f]), NULL,
                      extra_args, db_path);
    free(idx);
    free(chosen);
    free(refs);
}

static bool is_string_array(const json_t *v) {
    size_t i;
    json_t *item;
    if (!json_is_array(v) || json_array_size(v) == 0)
        return false;
    json_array_foreach(v, i, item) {
        if (!json_is_string(item))
            return false;
    }
    return true;
}

/* libclang prints its own multi-line complaints about a bad database and
 * then just fails, so check the shape first and say what is wrong once. */
static bool database_is_sound(const char *db_path) {
    json_error_t jerr;
    json_t *root = json_load_file(db_path, 0, &jerr);
    if (!root) {
        struct stat st;
        if (stat(db_path, &st) != 0)
            fprintf(stderr, "threadlint: error: cannot read '%s': %s\n", db_path,
                    strerror(errno));
        else
            fprintf(stderr, "threadlint: error: '%s' is not valid JSON: %s (line %d)\n", db_path,
                    jerr.text, jerr.line);
        return false;
    }
    const char *problem = json_is_array(root) ? NULL : "expected an array of compile commands";
    size_t i;
    json_t *entry;
    json_array_foreach(root, i, entry) {
        if (problem)
            break;
        if (!json_is_object(entry))
            problem = "an entry is not an object";
        else if (!json_is_string(json_object_get(entry, "directory")))
            problem = "an entry has no \"directory\" string";
        else if (!json_is_string(json_object_get(entry, "file")) ||
                 !*json_string_value(json_object_get(entry, "file")))
            problem = "an entry has no \"file\" string";
        else if (!json_is_string(json_object_get(entry, "command")) &&
                 !is_string_array(json_object_get(entry, "arguments")))
            problem = "an entry has neither \"command\" nor \"arguments\"";
    }
    if (!problem && json_array_size(root) == 0)
        problem = "it has no entries";
    if (problem)
        fprintf(stderr, "threadlint: error: bad compilation database '%s': %s\n", db_path,
                problem);
    json_decref(root);
    return !problem;
}

int tl_jobs_from_database(const char *build_dir, const tl_strv *files, const tl_strv *extra_args,
                          tl_job_list *jobs, long *entries) {
    *entries = 0;
    char *db_path = tl_path_join(build_dir, "compile_commands.json");
    if (!database_is_sound(db_path)) {
        free(db_path);
        return 2;
    }
    CXCompilationDatabase_Error err;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(build_dir, &err);
    if (!db || err != CXCompilationDatabase_NoError) {
        fprintf(stderr, "threadlint: error: libclang cannot load '%s'\n", db_path);
        if (db)
            clang_CompilationDatabase_dispose(db);
        free(db_path);
        return 2;
    }
    CXCompileCommands all = clang_CompilationDatabase_getAllCompileCommands(db);
    unsigned total = all ? clang_CompileCommands_getSize(all) : 0;
    *entries = total;
    int status = 0;
    if (total == 0) {
        fprintf(stderr, "threadlint: error: bad compilation database '%s': it has no entries\n",
                db_path);
        status = 2;
    } else {
        char **entries = entry_files(all, total);
        if (files->n == 0)
            add_every_file(jobs, all, entries, total, extra_args, db_path);
        char *cwd = tl_current_dir();
        for (int f = 0; f < files->n; f++) {
            char *wanted = tl_path_absolute(cwd, files->v[f]);
            CXCompileCommand cmd = find_entry(all, entries, total, wanted);
            if (cmd) {
                add_entry_job(jobs, cmd, files->v[f], extra_args, db_path);
                /* the database's directory may differ from ours: open the
                 * file by its absolute name */
                tl_job *j = &jobs->items[jobs->n - 1];
                free(j->parse_path);
                j->parse_path = tl_xstrdup(wanted);
            } else {
                add_missing_job(jobs, files->v[f], db_path);
            }
            free(wanted);
        }
        free(cwd);
        for (unsigned i = 0; i < total; i++)
            free(entries[i]);
        free(entries);
    }
    if (all)
        clang_CompileCommands_dispose(all);
    clang_CompilationDatabase_dispose(db);
    free(db_path);
    return status;
}

bool tl_job_from_database_for(const char *db_dir, const char *path, tl_job_list *jobs) {
    CXCompilationDatabase_Error err;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(db_dir, &err);
    if (!db || err != CXCompilationDatabase_NoError) {
        if (db)
            clang_CompilationDatabase_dispose(db);
        return false;
    }
    CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db, path);
    unsigned n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
    bool found = n > 0;
    if (found) {
        tl_strv no_extra = {0};
        unsigned *idx = tl_xmalloc(sizeof *idx * n);
        for (unsigned i = 0; i < n; i++)
            idx[i] = i;
        char *db_path = tl_path_join(db_dir, "compile_commands.json");
        add_entry_job(jobs, clang_CompileCommands_getCommand(cmds, best_entry(cmds, idx, n)), path,
                      &no_extra, db_path);
        free(db_path);
        free(idx);
        tl_job *j = &jobs->items[jobs->n - 1];
        free(j->parse_path); /* the entry may name it relative to its directory */
        j->parse_path = tl_xstrdup(path);
    }
    if (cmds)
        clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return found;
}
