/* Analysing one job from file checks to rendered output.  Runs on worker
 * threads: everything it touches is the job's own or read-only. */
#ifndef THREADLINT_JOB_RUN_H
#define THREADLINT_JOB_RUN_H

#include <regex.h>
#include <stdbool.h>

#include <clang-c/Index.h>

#include "analyze.h"
#include "job.h"
#include "output_text.h"

typedef struct tl_run_settings {
    const tl_config *cfg;
    const regex_t *header_filter; /* NULL: the main file only */
    unsigned long long max_file_size;
    int max_depth;                /* lowering nesting budget */
    const char *cwd;              /* makes relative paths absolute */
    bool dump_ir;                 /* print the IR instead of analysing */
    bool summarise;               /* the first pass: fill result.summaries, no findings */
    bool render_text;             /* fill result.output with text findings */
    tl_text_style style;
} tl_run_settings;

void tl_job_run(CXIndex index, const tl_job *job, const tl_run_settings *s, tl_job_result *out);

#endif
