/* Finding the compilation database for one file the way clangd does, so
 * threadlint-clangd analyses a buffer with the flags clangd parses it with. */
#include "compdb.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "paths.h"
#include "strv.h"

static bool is_file(const char *dir, const char *name) {
    char *path = tl_path_join(dir, name);
    struct stat st;
    bool found = stat(path, &st) == 0 && S_ISREG(st.st_mode);
    free(path);
    return found;
}

/* The database directory `dir` offers, or NULL. */
static char *database_in(const char *dir) {
    if (is_file(dir, "compile_commands.json"))
        return tl_xstrdup(dir);
    if (is_file(dir, "build/compile_commands.json"))
        return tl_path_join(dir, "build");
    if (is_file(dir, "compile_flags.txt"))
        return tl_xstrdup(dir);
    return NULL;
}

char *tl_compdb_find(const char *source, const char *only_dir) {
    if (only_dir)
        return database_in(only_dir);
    char *dir = tl_xstrdup(source);
    char *found = NULL;
    for (char *slash = strrchr(dir, '/'); slash && !found; slash = strrchr(dir, '/')) {
        if (slash == dir) { /* the root itself, then stop */
            found = database_in("/");
            break;
        }
        *slash = '\0';
        found = database_in(dir);
    }
    free(dir);
    return found;
}
