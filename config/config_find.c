/* Finding .threadlint.yaml: the nearest one in a file's directory or above
 * it, as clang-tidy finds .clang-tidy.  Lexical, like paths.h: symlinks are
 * not resolved, so the file found is the one the user sees above the
 * source in the tree they named. */
#include "config_file.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool is_regular_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *tl_config_file_find(const char *dir) {
    size_t n = strlen(dir);
    char *path = malloc(n + sizeof "/" TL_CONFIG_FILE_NAME);
    if (!path)
        return NULL;
    memcpy(path, dir, n + 1);
    for (;;) {
        while (n > 1 && path[n - 1] == '/') /* "a/b/" -> "a/b" */
            n--;
        size_t at = n == 1 && path[0] == '/' ? 0 : n; /* "/" + name, not "//" + name */
        memcpy(path + at, "/" TL_CONFIG_FILE_NAME, sizeof "/" TL_CONFIG_FILE_NAME);
        if (is_regular_file(path))
            return path;
        while (n > 0 && path[n - 1] != '/') /* up one directory */
            n--;
        if (n == 0 || at == 0)
            break;
    }
    free(path);
    return NULL;
}
