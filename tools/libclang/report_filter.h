/* Which files findings are reported in: the main file always, headers only
 * when --header-filter matches them (clang-tidy's rule). */
#ifndef THREADLINT_REPORT_FILTER_H
#define THREADLINT_REPORT_FILTER_H

#include <regex.h>
#include <stdbool.h>

#include <clang-c/Index.h>

typedef struct tl_report_filter {
    const regex_t *header_filter; /* NULL: no headers */
    CXTranslationUnit tu;
    CXFile main_file;
    const char *main_path;
} tl_report_filter;

void tl_report_filter_init(tl_report_filter *rf, CXTranslationUnit tu, const char *main_path,
                           const regex_t *header_filter);
/* Matches tl_lower_options.report_file; ud is a tl_report_filter. */
bool tl_report_filter_accepts(const char *path, void *ud);

#endif
