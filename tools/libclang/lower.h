/* The libclang front end: lowers a parsed C translation unit into the
 * threadlint IR (checks/ir.h).  Thread-safe: all state lives in the call. */
#ifndef THREADLINT_LOWER_H
#define THREADLINT_LOWER_H

#include <stdbool.h>

#include <clang-c/Index.h>

#include "ir.h"
#include "wrappers.h"

typedef struct tl_lower_options {
    /* decides whether findings in functions defined in `path` are reported;
     * NULL reports every function */
    bool (*report_file)(const char *path, void *ud);
    void *ud;
    int max_depth; /* nesting budget for statement/expression recursion, e.g. 256 */
    /* functions standing for modelled APIs (.threadlint.yaml): a body that
     * calls one is worth lowering as if it called the API */
    const tl_wrapper *wrappers;
    int nwrappers;
    /* summaries of functions other files define (borrowed, may be NULL):
     * a body that calls one that acts on a resource is worth lowering */
    const struct tl_ext_summaries *external;
    /* the summarising pass: also lower each definition with external
     * linkage that names a thread API or type (pthread_setname_np,
     * pthread_t) or may never return (an endless loop, exit()), so callers
     * in other files learn what it does to a handle, or that it stays */
    bool summarise;
} tl_lower_options;

typedef struct tl_lower_stats {
    int functions;        /* function definitions lowered */
    int skipped_too_deep; /* ... of which abandoned for nesting beyond max_depth */
} tl_lower_stats;

/* Lowers the function definitions of the TU (main file and headers) into
 * `out` (already tl_tu_init'ed): first every function report_file accepts,
 * in source order, then each other definition (say, a static inline helper
 * in a header) that a lowered function calls or names: callers need its
 * summary, nobody needs the rest.  Returns 0 on success, -1 for a C++ TU
 * (nothing is lowered).  `opts` and `stats` may be NULL. */
int tl_lower_tu(CXTranslationUnit tu, tl_tu *out, const tl_lower_options *opts,
                tl_lower_stats *stats);

#endif
