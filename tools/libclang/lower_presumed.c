/* Preprocessed text (`clang -E`, `-frewrite-includes`, as distributed
 * builds compile) holds its headers too, told apart only by line markers:
 * the plugin's lower_src.cpp (locReported) and this file decide alike
 * which of its functions are reported, as in a build of the source. */
#include <stdlib.h>
#include <string.h>

#include "lower_internal.h"

/* Text that begins with a line marker (`# 1 "file.c"`, gcc's `# 0 "..."`)
 * is preprocessor output. */
static bool begins_with_line_marker(const char *t, size_t n) {
    size_t i = 0;
    if (n < 4 || t[i++] != '#' || t[i++] != ' ')
        return false;
    while (i < n && t[i] >= '0' && t[i] <= '9')
        i++;
    return i > 2 && i + 1 < n && t[i] == ' ' && t[i + 1] == '"';
}

static char *presumed_name(CXSourceLocation l) {
    CXString name;
    unsigned line = 0, col = 0;
    clang_getPresumedLocation(l, &name, &line, &col);
    const char *s = clang_getCString(name);
    char *copy = strdup(s ? s : "");
    clang_disposeString(name);
    return copy;
}

void lower_presumed_init(lower_tu *lt) {
    CXString spelling = clang_getTranslationUnitSpelling(lt->cx);
    CXFile main = clang_getFile(lt->cx, clang_getCString(spelling));
    clang_disposeString(spelling);
    size_t size = 0;
    const char *text = main ? clang_getFileContents(lt->cx, main, &size) : NULL;
    if (!text || !begins_with_line_marker(text, size))
        return;
    /* The source's own name: where the markers leave the text at its end. */
    lt->source_name = presumed_name(clang_getLocationForOffset(lt->cx, main, (unsigned)size));
}

bool lower_loc_reported(lower_tu *lt, CXSourceLocation l) {
    bool reported = lower_file_reported(lt, lower_loc(lt, l).file);
    if (!reported || !lt->source_name || !lt->opts || !lt->opts->report_file)
        return reported;
    char *name = presumed_name(l);
    bool own = strcmp(name, lt->source_name) == 0;
    /* a header's code: reported when the header filter takes its name */
    reported = own || (name[0] != '<' && lt->opts->report_file(name, lt->opts->ud));
    free(name);
    return reported;
}
