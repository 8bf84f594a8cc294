#include "report_filter.h"

#include <string.h>

void tl_report_filter_init(tl_report_filter *rf, CXTranslationUnit tu, const char *main_path,
                           const regex_t *header_filter) {
    rf->header_filter = header_filter;
    rf->tu = tu;
    rf->main_path = main_path;
    rf->main_file = clang_getFile(tu, main_path);
}

bool tl_report_filter_accepts(const char *path, void *ud) {
    const tl_report_filter *rf = ud;
    if (strcmp(path, rf->main_path) == 0)
        return true;
    CXFile file = clang_getFile(rf->tu, path);
    if (file && rf->main_file && clang_File_isEqual(file, rf->main_file))
        return true;
    return rf->header_filter && regexec(rf->header_filter, path, 0, NULL, 0) == 0;
}
