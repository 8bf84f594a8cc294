#include "job.h"

#include <stdlib.h>
#include <string.h>

#include "summary_ext.h"

tl_job *tl_jobs_add(tl_job_list *jobs) {
    if (jobs->n == jobs->cap) {
        jobs->cap = jobs->cap ? jobs->cap * 2 : 8;
        jobs->items = tl_xrealloc(jobs->items, sizeof *jobs->items * (size_t)jobs->cap);
    }
    tl_job *j = &jobs->items[jobs->n++];
    memset(j, 0, sizeof *j);
    return j;
}

void tl_jobs_free(tl_job_list *jobs) {
    for (int i = 0; i < jobs->n; i++) {
        tl_job *j = &jobs->items[i];
        free(j->display);
        free(j->parse_path);
        free(j->directory);
        free(j->unsaved_text);
        free(j->skip_message);
        tl_strv_free(&j->args);
    }
    free(jobs->items);
    memset(jobs, 0, sizeof *jobs);
}

void tl_job_result_free(tl_job_result *r) {
    free(r->messages);
    free(r->output);
    free(r->finding_end);
    free(r->stmt_digest);
    tl_findings_free(&r->findings);
    if (r->summaries) {
        tl_ext_summaries_free(r->summaries);
        free(r->summaries);
    }
    memset(r, 0, sizeof *r);
}

const char *tl_job_result_path(const tl_job_result *r, int file) {
    return file >= 0 && file < r->nfiles ? r->paths[file] : "";
}

const char *tl_skip_text(tl_skip why) {
    static const char *const texts[TL_SKIP_COUNT] = {
        [TL_SKIP_NONE] = "analysed",
#define TL_SKIP_TEXT(e, text) [TL_SKIP_##e] = text,
        TL_SKIP_LIST(TL_SKIP_TEXT)
#undef TL_SKIP_TEXT
    };
    return (unsigned)why < TL_SKIP_COUNT ? texts[why] : "";
}
