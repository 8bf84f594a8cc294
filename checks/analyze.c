#include "analyze.h"

#include "engine.h"
#include "summary.h"

void tl_analyze_tu(const tl_tu *tu, const tl_config *cfg, tl_findings *out, tl_stats *stats) {
    tl_arena summary_arena;
    tl_arena_init(&summary_arena);
    tl_run run = {
        .tu = tu,
        .cfg = cfg,
        .stats = stats,
        .summaries = tl_summaries_new(&summary_arena, tu->nfuncs),
    };
    for (int i = 0; i < tu->nfuncs; i++)
        if (tu->report[i])
            tl_engine_run(&run, i, TL_MODE_REPORT, 0, out, NULL, NULL);
    tl_arena_free(&summary_arena);
}
