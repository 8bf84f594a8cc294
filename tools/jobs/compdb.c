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
#include "seen_set.h"

void tl_jobs_from_command_line(const tl_strv *files, const tl_strv *args, tl_job_list *jobs) {
    for (int i = 0; i < files->n; i++) {
        tl_job *j = tl_jobs_add(jobs);
        j->display = tl_xstrdup(files->v[i]);
        j->parse_path = tl_xstrdup(files->v[i]);
        for (int k = 0; k < args->n; k++)
            tl_strv_push(&j->args, args->v[k]);
        j->cxx = tl_is_cxx_path(files->v[i]) ||
                 tl_args_select_cxx((const char *const *)j->args.v, j->args.n);
    }
}

static char *cxstring_dup(CXString s) {
    const char *c = clang_getCString(s);
    char *copy = tl_xstrdup(c ? c : "");
    clang_disposeString(s);
    return copy;
}

/* Turns one database entry into a job; `display` is how we name it. */
static void add_entry_job(tl_job_list *jobs, CXCompileCommand cmd, const char *display,
                          const tl_strv *extra_args) {
    char *dir = cxstring_dup(clang_CompileCommand_getDirectory(cmd));
    char *file = cxstring_dup(clang_CompileCommand_getFilename(cmd));
    unsigned nargs = clang_CompileCommand_getNumArgs(cmd);
    tl_strv argv = {0};
    for (unsigned i = 0; i < nargs; i++) {
        char *a = cxstring_dup(clang_CompileCommand_getArg(cmd, i));
        tl_strv_push(&argv, a);
        free(a);
    }
    tl_job *j = tl_jobs_add(jobs);
    j->display = tl_xstrdup(display ? display : file);
    j->directory = dir;
    j->parse_path = tl_path_join(dir, file);
    j->from_db = true;
    tl_args_from_command(j, (const char *const *)argv.v, argv.n, file);
    for (int i = 0; i < extra_args->n; i++)
        tl_strv_push(&j->args, extra_args->v[i]);
    j->cxx = j->cxx || tl_args_select_cxx((const char *const *)extra_args->v, extra_args->n);
    j->cxx = j->cxx || tl_is_cxx_path(file);
    j->assembly = tl_is_asm_path(file);
    tl_strv_free(&argv);
    free(file);
}

static bool same_file(const char *a, const char *b, const struct stat *b_st) {
    if (strcmp(a, b) == 0)
        return true;
    struct stat st;
    return b_st && stat(a, &st) == 0 && st.st_dev == b_st->st_dev && st.st_ino == b_st->st_ino;
}

/* The listed entry for `wanted` (absolute, normalized), or NULL. */
static CXCompileCommand find_entry(CXCompileCommands all, const char *wanted) {
    struct stat wanted_st;
    bool have_st = stat(wanted, &wanted_st) == 0;
    unsigned n = clang_CompileCommands_getSize(all);
    for (unsigned i = 0; i < n; i++) {
        CXCompileCommand cmd = clang_CompileCommands_getCommand(all, i);
        char *dir = cxstring_dup(clang_CompileCommand_getDirectory(cmd));
        char *file = cxstring_dup(clang_CompileCommand_getFilename(cmd));
        char *abs = tl_path_absolute(dir, file);
        bool match = same_file(abs, wanted, have_st ? &wanted_st : NULL);
        free(abs);
        free(file);
        free(dir);
        if (match)
            return cmd;
    }
    return NULL;
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
                          tl_job_list *jobs) {
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
    int status = 0;
    if (total == 0) {
        fprintf(stderr, "threadlint: error: bad compilation database '%s': it has no entries\n",
                db_path);
        status = 2;
    } else if (files->n == 0) {
        /* a file built twice (say, static and shared) is analysed once */
        tl_seen_set seen = {0};
        for (unsigned i = 0; i < total; i++) {
            CXCompileCommand cmd = clang_CompileCommands_getCommand(all, i);
            char *dir = cxstring_dup(clang_CompileCommand_getDirectory(cmd));
            char *file = cxstring_dup(clang_CompileCommand_getFilename(cmd));
            char *abs = tl_path_absolute(dir, file);
            if (tl_seen_add(&seen, abs))
                add_entry_job(jobs, cmd, NULL, extra_args);
            free(abs);
            free(file);
            free(dir);
        }
        tl_seen_free(&seen);
    } else {
        char *cwd = tl_current_dir();
        for (int f = 0; f < files->n; f++) {
            char *wanted = tl_path_absolute(cwd, files->v[f]);
            CXCompileCommand cmd = find_entry(all, wanted);
            if (cmd) {
                add_entry_job(jobs, cmd, files->v[f], extra_args);
                /* the database's directory may differ from ours: open the
                 * file by its absolute name */
                tl_job *j = &jobs->items[jobs->n - 1];
                free(j->parse_path);
                j->parse_path = tl_xstrdup(wanted);
            } else {
                fprintf(stderr, "threadlint: error: no compile command for '%s' in %s\n",
                        files->v[f], db_path);
                status = 2;
            }
            free(wanted);
        }
        free(cwd);
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
    bool found = cmds && clang_CompileCommands_getSize(cmds) > 0;
    if (found) {
        tl_strv no_extra = {0};
        add_entry_job(jobs, clang_CompileCommands_getCommand(cmds, 0), path, &no_extra);
        tl_job *j = &jobs->items[jobs->n - 1];
        free(j->parse_path); /* the entry may name it relative to its directory */
        j->parse_path = tl_xstrdup(path);
    }
    if (cmds)
        clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return found;
}
