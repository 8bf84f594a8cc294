/* Turning a compiler command line into arguments for libclang. */
#ifndef THREADLINT_COMPILE_ARGS_H
#define THREADLINT_COMPILE_ARGS_H

#include <stdbool.h>

#include "job.h"

/* What a compilation database entry runs.  bear records more than the
 * compiles: clang's own `-cc1` frontend runs and dependency or preprocess
 * steps (`-E`, `-M`, `-MM`) sit beside the compile of the same file. */
typedef enum tl_command_kind {
    TL_COMMAND_COMPILE,    /* a driver compile: what to analyse */
    TL_COMMAND_PREPROCESS, /* a driver run that stops at -E/-M/-MM: its
                              flags still describe the file */
    TL_COMMAND_FRONTEND,   /* clang -cc1/-cc1as: no driver replays it */
} tl_command_kind;

/* argv[0] is the compiler. */
tl_command_kind tl_command_kind_of(const char *const *argv, int argc);

/* The language a command gives `file`, as clang decides it: the last
 * `-x <lang>` in `args`, else a C++ driver (`clang++`, `g++`,
 * `--driver-mode=g++`) or `-std=c++*`, else the file's extension; anything
 * unrecognised is C.  `compiler` may be NULL. */
tl_language tl_language_of(const char *compiler, const char *const *args, int n,
                           const char *file);
/* "C++", "assembler" ...: how skip messages name a language. */
const char *tl_language_name(tl_language lang);

/* Fills job->args from a database command (argv[0] is the compiler):
 * drops the compiler, -c, -o X, dependency-file and preprocess-only flags,
 * -Werror and the source file itself.  The caller decides job->lang once
 * its own arguments are added. */
void tl_args_from_command(tl_job *job, const char *const *argv, int argc,
                          const char *file_as_listed);

#endif
