#include "compile_args.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "paths.h"

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

bool tl_is_asm_path(const char *path) {
    return ends_with(path, ".S") || ends_with(path, ".s") || ends_with(path, ".sx") ||
           ends_with(path, ".asm");
}

bool tl_is_cxx_path(const char *path) {
    static const char *const exts[] = {".cc", ".cpp", ".cxx", ".C",   ".c++", ".cp", ".CPP",
                                       ".hpp", ".hh", ".hxx", ".h++", ".H",   ".ipp", ".ii"};
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (ends_with(path, exts[i]))
            return true;
    return false;
}

static bool names_cxx_language(const char *lang) {
    return strncmp(lang, "c++", 3) == 0 || strncmp(lang, "objective-c++", 13) == 0;
}

bool tl_args_select_cxx(const char *const *args, int n) {
    for (int i = 0; i < n; i++) {
        const char *a = args[i];
        if (strcmp(a, "-x") == 0 && i + 1 < n && names_cxx_language(args[i + 1]))
            return true;
        if (strncmp(a, "-x", 2) == 0 && names_cxx_language(a + 2))
            return true;
        if (strncmp(a, "-std=c++", 8) == 0 || strncmp(a, "-std=gnu++", 10) == 0 ||
            strncmp(a, "--std=c++", 9) == 0 || strncmp(a, "--std=gnu++", 11) == 0)
            return true;
        if (strcmp(a, "--driver-mode=g++") == 0)
            return true;
    }
    return false;
}

static bool compiler_is_cxx(const char *compiler) {
    const char *base = strrchr(compiler, '/');
    base = base ? base + 1 : compiler;
    return strstr(base, "++") != NULL;
}

/* Flags that take the next argument and only matter to a real compile. */
static bool drops_with_value(const char *a) {
    static const char *const flags[] = {"-o", "-MF", "-MT", "-MQ", "-MJ"};
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (strcmp(a, flags[i]) == 0)
            return true;
    return false;
}

/* Flags (or joined flag+value) that would write files, stop at an early
 * phase, or turn warnings into errors that block the analysis. */
static bool drops_alone(const char *a) {
    static const char *const exact[] = {"-c",  "-S",  "-E",  "-M",  "-MM", "-MD",
                                        "-MMD", "-MG", "-MP", "-Werror", "-pedantic-errors",
                                        "-pipe"};
    static const char *const prefixes[] = {"-o",      "-MF",        "-MT",       "-MQ", "-MJ",
                                           "-Werror=", "-Wp,-MD,",  "-Wp,-MMD,", "-save-temps"};
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
        if (strcmp(a, exact[i]) == 0)
            return true;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (strncmp(a, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return false;
}

static bool is_the_source(const tl_job *job, const char *a, const char *file_as_listed) {
    if (strcmp(a, file_as_listed) == 0 || strcmp(a, job->parse_path) == 0)
        return true;
    char *abs = tl_path_join(job->directory, a);
    bool same = strcmp(abs, job->parse_path) == 0;
    /* ".//common/x.c" and "common/x.c" name one file: ask the file system */
    struct stat sa, sb;
    if (!same && a[0] != '-' && stat(abs, &sa) == 0 && stat(job->parse_path, &sb) == 0)
        same = sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    free(abs);
    return same;
}

void tl_args_from_command(tl_job *job, const char *const *argv, int argc,
                          const char *file_as_listed) {
    if (argc > 0 && compiler_is_cxx(argv[0]))
        job->cxx = true;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) /* only inputs follow: our file */
            break;
        if (drops_with_value(a)) {
            i++;
            continue;
        }
        if (drops_alone(a) || is_the_source(job, a, file_as_listed))
            continue;
        tl_strv_push(&job->args, a);
    }
    if (tl_args_select_cxx((const char *const *)job->args.v, job->args.n))
        job->cxx = true;
}
