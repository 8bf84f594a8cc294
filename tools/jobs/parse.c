#include "parse.h"

#include <stdlib.h>
#include <string.h>

#include "timer.h"

#ifndef THREADLINT_CLANG_RESOURCE_DIR
#error "the build must define THREADLINT_CLANG_RESOURCE_DIR"
#endif

static const char *error_code_text(enum CXErrorCode code) {
    switch (code) {
    case CXError_Success:
        return "no error";
    case CXError_Failure:
        return "libclang could not create a translation unit (check the compiler arguments)";
    case CXError_Crashed:
        return "libclang crashed while parsing";
    case CXError_InvalidArguments:
        return "libclang rejected the arguments";
    case CXError_ASTReadError:
        return "libclang could not read a serialized AST or precompiled header";
    }
    return "unknown libclang error";
}

/* Our flags first, so a user's own -resource-dir still wins. */
static void build_argv(const tl_job *job, const tl_strv *dropped, tl_strv *argv) {
    tl_strv_push(argv, "-resource-dir");
    tl_strv_push(argv, THREADLINT_CLANG_RESOURCE_DIR);
    /* gcc-only -W flags in a database must not make noise or errors */
    tl_strv_push(argv, "-Wno-unknown-warning-option");
    if (job->directory) {
        tl_strv_push(argv, "-working-directory");
        tl_strv_push(argv, job->directory);
    }
    for (int i = 0; i < job->args.n; i++) {
        bool drop = false;
        for (int k = 0; k < dropped->n && !drop; k++)
            drop = strcmp(job->args.v[i], dropped->v[k]) == 0;
        if (!drop)
            tl_strv_push(argv, job->args.v[i]);
    }
    /* Last, so no flag of the database turns them back on: threadlint shows
     * only errors, and computing warnings is a fifth of the parse (the
     * CFG-based ones build a CFG per function).  Warnings that are errors
     * by default (an undeclared function in C99) stay errors. */
    tl_strv_push(argv, "-w");
}

static bool is_error(CXDiagnostic d) {
    return clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error;
}

/* "unknown argument: '-fconserve-stack'" (also the "did you mean" form):
 * a gcc flag from a database; returns the flag, or NULL. */
static char *unknown_argument(CXDiagnostic d) {
    CXString s = clang_getDiagnosticSpelling(d);
    const char *text = clang_getCString(s);
    char *flag = NULL;
    if (text && strncmp(text, "unknown argument", 16) == 0) {
        const char *open = strchr(text, '\'');
        const char *close = open ? strchr(open + 1, '\'') : NULL;
        if (close) {
            flag = tl_xmalloc((size_t)(close - open));
            memcpy(flag, open + 1, (size_t)(close - open - 1));
            flag[close - open - 1] = '\0';
        }
    }
    clang_disposeString(s);
    return flag;
}

/* Collects database flags clang does not know; true when they are the only
 * errors, so dropping them and parsing again is worth it. */
static bool only_unknown_arguments(CXTranslationUnit tu, tl_strv *dropped) {
    unsigned n = clang_getNumDiagnostics(tu);
    bool any = false, others = false;
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (is_error(d)) {
            char *flag = unknown_argument(d);
            if (flag) {
                tl_strv_push(dropped, flag);
                any = true;
            } else {
                others = true;
            }
            free(flag);
        }
        clang_disposeDiagnostic(d);
    }
    return any && !others;
}

static void print_diagnostic(CXDiagnostic d, FILE *err) {
    CXString s = clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
    fprintf(err, "%s\n", clang_getCString(s));
    clang_disposeString(s);
    CXDiagnosticSet children = clang_getChildDiagnostics(d);
    unsigned n = clang_getNumDiagnosticsInSet(children);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic child = clang_getDiagnosticInSet(children, i);
        print_diagnostic(child, err);
        clang_disposeDiagnostic(child);
    }
}

/* Prints the TU's errors; returns how many there were. */
static unsigned report_errors(CXTranslationUnit tu, FILE *err) {
    unsigned n = clang_getNumDiagnostics(tu), errors = 0;
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (is_error(d)) {
            print_diagnostic(d, err);
            errors++;
        }
        clang_disposeDiagnostic(d);
    }
    return errors;
}

static CXTranslationUnit parse_once(CXIndex index, const tl_job *job, const tl_strv *dropped,
                                    FILE *err) {
    tl_strv argv = {0};
    build_argv(job, dropped, &argv);
    CXTranslationUnit tu = NULL;
    struct CXUnsavedFile unsaved = {job->parse_path, job->unsaved_text,
                                    (unsigned long)job->unsaved_len};
    enum CXErrorCode code = clang_parseTranslationUnit2(
        index, job->parse_path, (const char *const *)argv.v, argv.n,
        job->unsaved_text ? &unsaved : NULL, job->unsaved_text ? 1 : 0, CXTranslationUnit_None,
        &tu);
    tl_strv_free(&argv);
    if (code != CXError_Success) {
        fprintf(err, "threadlint: error: cannot parse '%s': %s\n", job->display,
                error_code_text(code));
        if (tu)
            clang_disposeTranslationUnit(tu);
        return NULL;
    }
    return tu;
}

CXTranslationUnit tl_parse_job(CXIndex index, const tl_job *job, FILE *err, double *seconds) {
    double start = tl_now();
    tl_strv dropped = {0};
    CXTranslationUnit tu = parse_once(index, job, &dropped, err);
    if (tu && job->from_db && only_unknown_arguments(tu, &dropped)) {
        clang_disposeTranslationUnit(tu);
        tu = parse_once(index, job, &dropped, err);
    }
    tl_strv_free(&dropped);
    *seconds = tl_now() - start;
    if (!tu)
        return NULL;
    unsigned errors = report_errors(tu, err);
    if (errors) {
        fprintf(err, "threadlint: error: '%s' does not compile (%u error%s); not analysed\n",
                job->display, errors, errors == 1 ? "" : "s");
        clang_disposeTranslationUnit(tu);
        return NULL;
    }
    return tu;
}
