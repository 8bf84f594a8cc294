/* One translation unit to analyse, and what analysing it produced. */
#ifndef THREADLINT_JOB_H
#define THREADLINT_JOB_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"
#include "strv.h"

/* Defaults every front end shares. */
enum {
    TL_LOWER_MAX_DEPTH = 256,                    /* statement/expression nesting */
    TL_DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024, /* bytes */
};

/* The language a command compiles its file as; only C is analysed. */
typedef enum tl_language {
    TL_LANG_C,
    TL_LANG_CXX,
    TL_LANG_OBJC,
    TL_LANG_OBJCXX,
    TL_LANG_ASM,
    TL_LANG_OTHER, /* CUDA, OpenCL, Fortran ... */
} tl_language;

/* Why a job was not analysed.  TL_SKIP_NOT_C is a file that is not ours
 * (C++, assembler ...): said on stderr, not an error.  Every other reason
 * leaves a C file unanalysed, which is an error (exit status 2). */
#define TL_SKIP_LIST(X)                                                       \
    X(NOT_C, "not C")                                                         \
    X(NO_COMPILE_COMMAND, "no compile command")                               \
    X(UNREADABLE, "unreadable")                                               \
    X(TOO_LARGE, "too large")                                                 \
    X(DOES_NOT_COMPILE, "does not compile")                                   \
    X(BAD_CONFIG, "bad .threadlint.yaml")

typedef enum tl_skip {
    TL_SKIP_NONE,
#define TL_SKIP_ENUM(e, text) TL_SKIP_##e,
    TL_SKIP_LIST(TL_SKIP_ENUM)
#undef TL_SKIP_ENUM
    TL_SKIP_COUNT
} tl_skip;

/* "not C", "does not compile" ... as summaries print them. */
const char *tl_skip_text(tl_skip why);

typedef struct tl_job {
    char *display;    /* the file as the user or the database names it */
    char *parse_path; /* what libclang opens (absolute for database entries) */
    char *directory;  /* the command's working directory; NULL: ours */
    tl_strv args;     /* compiler arguments, without compiler, -c, -o, file */
    bool from_db;     /* arguments came from compile_commands.json */
    tl_language lang; /* by the command and the file's name; only C is analysed */
    tl_skip skip;     /* decided before parsing: not C, or no compile command */
    char *skip_message; /* what to say about `skip` (NULL: by the language) */
    char *unsaved_text; /* an editor's buffer for parse_path; NULL: the file on disk */
    size_t unsaved_len;
} tl_job;

typedef struct tl_job_list {
    tl_job *items;
    int n, cap;
} tl_job_list;

tl_job *tl_jobs_add(tl_job_list *jobs);
void tl_jobs_free(tl_job_list *jobs);

/* What one job leaves for the main thread, which prints results in input
 * order. */
typedef struct tl_job_result {
    int status;           /* 0 fine, 2 input error */
    char *messages;       /* stderr text: clang errors, skips (may be NULL) */
    size_t messages_len;
    char *output;         /* stdout text: rendered findings or --dump-ir */
    size_t output_len;
    size_t *finding_end;  /* text output: finding i ends at finding_end[i] */

    tl_findings findings; /* not suppressed, sorted; strings in its arena */
    /* per finding: a hash of the statements involved (the lines of the
     * finding and of its event notes, blanks removed), which edits
     * elsewhere in the file leave alone; see tools/cli/fingerprint.h */
    unsigned long long *stmt_digest;
    const char **files;   /* display names, by tl_loc.file */
    const char **paths;   /* the same files as paths we can open */
    int nfiles;

    /* the first pass (tl_run_settings.summarise): what this file's
     * functions with external linkage do; NULL otherwise */
    struct tl_ext_summaries *summaries;

    tl_stats stats;
    long functions_lowered;
    long too_deep;
    double parse_seconds, analyse_seconds;
    bool analysed;        /* parsed and analysed (counts as a file) */
    tl_skip skipped;      /* why not, when not */
} tl_job_result;

void tl_job_result_free(tl_job_result *r);
/* The openable path of file index `file` (a tl_loc.file); "" when unknown. */
const char *tl_job_result_path(const tl_job_result *r, int file);

#endif
