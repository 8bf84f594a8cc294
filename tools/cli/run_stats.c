#include "run_stats.h"

void tl_run_totals_add(tl_run_totals *t, const tl_job_result *r) {
    t->files += r->analysed;
    t->functions_lowered += r->functions_lowered;
    t->too_deep += r->too_deep;
    t->analysis.functions += r->stats.functions;
    t->analysis.paths += r->stats.paths;
    t->analysis.steps += r->stats.steps;
    t->analysis.budget_hits += r->stats.budget_hits;
    t->analysis.summaries += r->stats.summaries;
    t->parse_seconds += r->parse_seconds;
    t->analyse_seconds += r->analyse_seconds;
}

void tl_run_totals_print(const tl_run_totals *t, FILE *out) {
    fprintf(out,
            "threadlint statistics:\n"
            "  files analysed:      %ld\n"
            "  functions lowered:   %ld\n"
            "  functions too deep:  %ld\n"
            "  functions analysed:  %ld\n"
            "  paths:               %ld\n"
            "  steps:               %ld\n"
            "  budget hits:         %ld\n"
            "  summaries:           %ld\n"
            "  parse time:          %.3f s\n"
            "  analysis time:       %.3f s\n"
            "  wall time:           %.3f s\n",
            t->files, t->functions_lowered, t->too_deep, t->analysis.functions,
            t->analysis.paths, t->analysis.steps, t->analysis.budget_hits, t->analysis.summaries,
            t->parse_seconds, t->analyse_seconds, t->wall_seconds);
}
