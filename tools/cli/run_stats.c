#include "run_stats.h"

void tl_run_totals_add(tl_run_totals *t, const tl_job_result *r) {
    t->files += r->analysed;
    if (r->skipped)
        t->skipped[r->skipped]++;
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

/* "(2 not C, 1 does not compile)", or nothing. */
static void print_skipped(const tl_run_totals *t, FILE *out) {
    const char *sep = " (";
    for (int why = TL_SKIP_NONE + 1; why < TL_SKIP_COUNT; why++) {
        if (!t->skipped[why])
            continue;
        fprintf(out, "%s%ld %s", sep, t->skipped[why], tl_skip_text((tl_skip)why));
        sep = ", ";
    }
    if (*sep == ',')
        fputc(')', out);
}

void tl_run_summary_print(const tl_run_totals *t, FILE *out) {
    long skipped = 0, findings = 0;
    for (int why = 0; why < TL_SKIP_COUNT; why++)
        skipped += t->skipped[why];
    fprintf(out, "threadlint: files: %ld analysed, %ld skipped", t->files, skipped);
    print_skipped(t, out);
    if (t->entries)
        fprintf(out, "; %ld database entr%s", t->entries, t->entries == 1 ? "y" : "ies");
    fputc('\n', out);
    for (int r = 0; r < TL_RULE_COUNT; r++)
        findings += t->findings[r];
    fprintf(out, "threadlint: findings: %ld", findings);
    const char *sep = " (";
    for (int r = 0; r < TL_RULE_COUNT; r++) {
        if (!t->findings[r])
            continue;
        fprintf(out, "%s%ld %s", sep, t->findings[r], tl_rule_name((tl_rule_id)r));
        sep = ", ";
    }
    fputs(*sep == ',' ? ")" : "", out);
    if (t->known)
        fprintf(out, "; %ld more in the baseline", t->known);
    fputc('\n', out);
    fprintf(out, "threadlint: wall time: %.2f s\n", t->wall_seconds);
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
    if (t->summary_wall_seconds > 0)
        fprintf(out,
                "  summaries pass:      %.3f s (wall %.3f s), %ld functions with external linkage\n",
                t->summary_seconds, t->summary_wall_seconds, t->summarised);
}
