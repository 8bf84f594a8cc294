#include "lsp_rule_docs.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "paths.h"
#include "strv.h"
#include "version.h"

#ifndef THREADLINT_SOURCE_DIR
#define THREADLINT_SOURCE_DIR ""
#endif
#ifndef THREADLINT_INSTALL_DOCDIR
#define THREADLINT_INSTALL_DOCDIR "share/doc/threadlint"
#endif

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* file:// URI of a directory, ending in '/'. */
static char *dir_base(const char *dir) {
    char *cwd = tl_current_dir();
    char *abs = tl_path_absolute(cwd, dir);
    char *uri = tl_file_uri(abs);
    size_t n = strlen(uri);
    char *base = tl_xmalloc(n + 2);
    memcpy(base, uri, n + 1);
    if (n == 0 || base[n - 1] != '/')
        strcpy(base + n, "/");
    free(uri);
    free(abs);
    free(cwd);
    return base;
}

static char *with_slash(const char *s) {
    size_t n = strlen(s);
    char *out = tl_xmalloc(n + 2);
    memcpy(out, s, n + 1);
    if (n == 0 || out[n - 1] != '/')
        strcpy(out + n, "/");
    return out;
}

/* <exe's directory>/../<docdir>/rules, or NULL. */
static char *installed_docs(const char *exe) {
    const char *slash = exe ? strrchr(exe, '/') : NULL;
    if (!slash)
        return NULL;
    char *bin = tl_xmalloc((size_t)(slash - exe) + 1);
    memcpy(bin, exe, (size_t)(slash - exe));
    bin[slash - exe] = '\0';
    char *rel = tl_xmalloc(strlen(THREADLINT_INSTALL_DOCDIR) + 16);
    sprintf(rel, "../%s/rules", THREADLINT_INSTALL_DOCDIR);
    char *dir = tl_path_absolute(bin, rel);
    free(rel);
    free(bin);
    if (is_dir(dir))
        return dir;
    free(dir);
    return NULL;
}

char *tl_rule_docs_base(const char *option, const char *exe) {
    if (option && *option)
        return strstr(option, "://") ? with_slash(option) : dir_base(option);
    char *installed = installed_docs(exe);
    if (installed) {
        char *base = dir_base(installed);
        free(installed);
        return base;
    }
    char *source = tl_path_join(THREADLINT_SOURCE_DIR, "docs/rules");
    bool have_source = *THREADLINT_SOURCE_DIR && is_dir(source);
    char *base =
        have_source ? dir_base(source) : with_slash(THREADLINT_HOMEPAGE "/blob/main/docs/rules");
    free(source);
    return base;
}

char *tl_rule_doc_href(const char *base, const char *rule) {
    char *href = tl_xmalloc(strlen(base) + strlen(rule) + 4);
    sprintf(href, "%s%s.md", base, rule);
    return href;
}
