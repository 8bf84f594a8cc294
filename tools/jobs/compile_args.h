/* Turning a compiler command line into arguments for libclang. */
#ifndef THREADLINT_COMPILE_ARGS_H
#define THREADLINT_COMPILE_ARGS_H

#include <stdbool.h>

#include "job.h"

/* Assembler sources by extension: .S .s .sx .asm */
bool tl_is_asm_path(const char *path);
/* By extension: .cc .cpp .cxx .C .c++ .hpp .hh and friends. */
bool tl_is_cxx_path(const char *path);
/* -x c++, -std=c++17, --driver-mode=g++ ... */
bool tl_args_select_cxx(const char *const *args, int n);

/* Fills job->args from a database command (argv[0] is the compiler):
 * drops the compiler, -c, -o X, dependency-file flags, -Werror and the
 * source file itself; sets job->cxx from the compiler name and flags. */
void tl_args_from_command(tl_job *job, const char *const *argv, int argc,
                          const char *file_as_listed);

#endif
