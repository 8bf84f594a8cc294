#include "compile_args.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "paths.h"

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static bool starts_with(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool ends_with_any(const char *s, const char *const *suffixes, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (ends_with(s, suffixes[i]))
            return true;
    return false;
}

#define ENDS_WITH_ANY(s, list) ends_with_any((s), (list), sizeof(list) / sizeof(list)[0])

/* clang's own table of extensions (types.cpp), for the languages that are
 * not C; everything else is taken for C, as a .c or .h file. */
static tl_language language_of_path(const char *path) {
    static const char *const cxx[] = {".cc", ".cpp", ".cxx", ".C",  ".c++", ".cp", ".CPP",
                                      ".hpp", ".hh", ".hxx", ".h++", ".H",  ".ipp", ".ii",
                                      ".cppm", ".ixx"};
    static const char *const objc[] = {".m", ".mi"};
    static const char *const objcxx[] = {".mm", ".M", ".mii"};
    static const char *const assembler[] = {".s", ".S", ".sx", ".asm"};
    static const char *const other[] = {".cu", ".cuh", ".hip", ".cl", ".clcpp", ".ll", ".bc",
                                        ".f", ".F", ".for", ".f90", ".F90", ".f95", ".o", ".a",
                                        ".so"};
    if (ENDS_WITH_ANY(path, cxx))
        return TL_LANG_CXX;
    if (ENDS_WITH_ANY(path, objcxx))
        return TL_LANG_OBJCXX;
    if (ENDS_WITH_ANY(path, objc))
        return TL_LANG_OBJC;
    if (ENDS_WITH_ANY(path, assembler))
        return TL_LANG_ASM;
    if (ENDS_WITH_ANY(path, other))
        return TL_LANG_OTHER;
    return TL_LANG_C;
}

/* A `-x` name: c, c-header, cpp-output, c++, objective-c, assembler ... */
static tl_language language_named(const char *lang) {
    if (strcmp(lang, "c") == 0 || starts_with(lang, "c-") || strcmp(lang, "cpp-output") == 0)
        return TL_LANG_C;
    if (starts_with(lang, "c++"))
        return TL_LANG_CXX;
    if (starts_with(lang, "objective-c++"))
        return TL_LANG_OBJCXX;
    if (starts_with(lang, "objective-c"))
        return TL_LANG_OBJC;
    if (starts_with(lang, "assembler"))
        return TL_LANG_ASM;
    return TL_LANG_OTHER;
}

static bool compiler_is_cxx(const char *compiler) {
    const char *base = strrchr(compiler, '/');
    base = base ? base + 1 : compiler;
    return strstr(base, "++") != NULL;
}

tl_language tl_language_of(const char *compiler, const char *const *args, int n,
                           const char *file) {
    const char *x = NULL; /* the last -x; "none" goes back to extensions */
    bool cxx_driver = compiler && compiler_is_cxx(compiler);
    for (int i = 0; i < n; i++) {
        const char *a = args[i];
        if (strcmp(a, "-x") == 0 && i + 1 < n)
            x = args[++i];
        else if (starts_with(a, "-x") && a[2])
            x = a + 2;
        else if (strcmp(a, "--driver-mode=g++") == 0 || starts_with(a, "-std=c++") ||
                 starts_with(a, "-std=gnu++") || starts_with(a, "--std=c++") ||
                 starts_with(a, "--std=gnu++"))
            cxx_driver = true;
    }
    if (x && strcmp(x, "none") != 0)
        return language_named(x);
    tl_language by_name = language_of_path(file);
    return cxx_driver && by_name == TL_LANG_C ? TL_LANG_CXX : by_name;
}

const char *tl_language_name(tl_language lang) {
    switch (lang) {
    case TL_LANG_C:
        return "C";
    case TL_LANG_CXX:
        return "C++";
    case TL_LANG_OBJC:
        return "Objective-C";
    case TL_LANG_OBJCXX:
        return "Objective-C++";
    case TL_LANG_ASM:
        return "assembler";
    case TL_LANG_OTHER:
        break;
    }
    return "this language";
}

tl_command_kind tl_command_kind_of(const char *const *argv, int argc) {
    if (argc > 1 && (strcmp(argv[1], "-cc1") == 0 || strcmp(argv[1], "-cc1as") == 0))
        return TL_COMMAND_FRONTEND;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "-E") == 0 || strcmp(argv[i], "-M") == 0 ||
            strcmp(argv[i], "-MM") == 0)
            return TL_COMMAND_PREPROCESS;
    return TL_COMMAND_COMPILE;
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
        if (starts_with(a, prefixes[i]))
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
}
