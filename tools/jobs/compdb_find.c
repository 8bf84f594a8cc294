/* Finding the compilation database for one file the way clangd does, so
 * threadlint-clangd analyses a buffer with the flags clangd parses it with. */
#include "compdb.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"
#include "strv.h"

static bool is_file(const char *dir, const char *name) {
    char *path = tl_path_join(dir, name);
    struct stat st;
    bool found = stat(path, &st) == 0 && S_ISREG(st.st_mode);
    free(path);
    return found;
}

/* The database directory `dir` offers, or NULL; *json tells which kind. */
static char *database_in(const char *dir, bool *json) {
    *json = true;
    if (is_file(dir, "compile_commands.json"))
        return tl_xstrdup(dir);
    if (is_file(dir, "build/compile_commands.json"))
        return tl_path_join(dir, "build");
    *json = false;
    if (is_file(dir, "compile_flags.txt"))
        return tl_xstrdup(dir);
    return NULL;
}

static char *find_database(const char *source, const char *only_dir, bool *json) {
    if (only_dir)
        return database_in(only_dir, json);
    char *dir = tl_xstrdup(source);
    char *found = NULL;
    for (char *slash = strrchr(dir, '/'); slash && !found; slash = strrchr(dir, '/')) {
        if (slash == dir) { /* the root itself, then stop */
            found = database_in("/", json);
            break;
        }
        *slash = '\0';
        found = database_in(dir, json);
    }
    free(dir);
    return found;
}

/* libclang, given a directory with both files, reads compile_flags.txt;
 * clangd reads compile_commands.json.  Show libclang that one alone, from a
 * directory of its own. */
static bool job_from_json_alone(const char *db_dir, const char *source, tl_job_list *jobs) {
    char tmp[] = "/tmp/threadlint-compdb-XXXXXX";
    if (!mkdtemp(tmp))
        return false;
    char *target = tl_path_join(db_dir, "compile_commands.json");
    char *link = tl_path_join(tmp, "compile_commands.json");
    bool found = symlink(target, link) == 0 && tl_job_from_database_for(tmp, source, jobs);
    unlink(link);
    rmdir(tmp);
    free(link);
    free(target);
    return found;
}

char *tl_database_dir_like_clangd(const char *source, const char *only_dir) {
    bool json;
    return find_database(source, only_dir, &json);
}

bool tl_job_like_clangd(const char *source, const char *only_dir, tl_job_list *jobs) {
    bool json;
    char *db_dir = find_database(source, only_dir, &json);
    if (!db_dir)
        return false;
    bool found = json && is_file(db_dir, "compile_flags.txt")
                     ? job_from_json_alone(db_dir, source, jobs)
                     : tl_job_from_database_for(db_dir, source, jobs);
    free(db_dir);
    return found;
}
