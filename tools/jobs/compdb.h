/* Where the jobs come from: the command line, or compile_commands.json. */
#ifndef THREADLINT_COMPDB_H
#define THREADLINT_COMPDB_H

#include <stdbool.h>

#include "job.h"

/* One job per file, all with the arguments given after `--`. */
void tl_jobs_from_command_line(const tl_strv *files, const tl_strv *args, tl_job_list *jobs);

/* Jobs from <build_dir>/compile_commands.json: each named file, or every
 * file the database lists when none is named, analysed by its first compile
 * entry (the -cc1, -E and -M runs bear records beside a compile are passed
 * over); `extra_args` are appended to each command.  A file with no compile
 * entry still gets a job that says so (tl_job.skip).  *entries receives
 * how many entries the database has.  Returns 0, or 2 after printing an
 * error about the database itself. */
int tl_jobs_from_database(const char *build_dir, const tl_strv *files, const tl_strv *extra_args,
                          tl_job_list *jobs, long *entries);

/* One job for `path` (absolute) from the compilation database libclang
 * finds in `db_dir` (compile_commands.json or compile_flags.txt): the
 * file's own entry (its compile, when it has several), or one libclang
 * infers from a similar entry, as clangd does.  False, with no job added,
 * when there is no usable database. */
bool tl_job_from_database_for(const char *db_dir, const char *path, tl_job_list *jobs);

/* One job for `source` (absolute) with the command clangd would give it:
 * from the database in `only_dir` when given (clangd's
 * --compile-commands-dir), else in the source's directory or the nearest
 * above it, the first of compile_commands.json,
 * build/compile_commands.json and compile_flags.txt.  False, with no job
 * added, when there is none. */
bool tl_job_like_clangd(const char *source, const char *only_dir, tl_job_list *jobs);
/* The directory of that database (malloc'ed), or NULL when there is none. */
char *tl_database_dir_like_clangd(const char *source, const char *only_dir);

#endif
