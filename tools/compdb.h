/* Where the jobs come from: the command line, or compile_commands.json. */
#ifndef THREADLINT_COMPDB_H
#define THREADLINT_COMPDB_H

#include "job.h"

/* One job per file, all with the arguments given after `--`. */
void tl_jobs_from_command_line(const tl_strv *files, const tl_strv *args, tl_job_list *jobs);

/* Jobs from <build_dir>/compile_commands.json: for each named file its
 * entry, or every entry when none is named; `extra_args` are appended to
 * each command.  Returns 0, or 2 after printing an error (jobs found so far
 * are kept, so the others still run). */
int tl_jobs_from_database(const char *build_dir, const tl_strv *files, const tl_strv *extra_args,
                          tl_job_list *jobs);

#endif
