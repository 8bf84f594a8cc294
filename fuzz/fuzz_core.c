/* Fuzz target: the IR, the path-sensitive core, the budgets, the summaries
 * and every rule module, on translation units ir_gen.c builds from the
 * input; then the findings are sorted and the IR dumped, as --dump-ir does. */
#include <stdio.h>

#include "analyze.h"
#include "ir_dump.h"
#include "ir_gen.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tl_gen_choices in = {data, size, 0};
    tl_tu tu;
    tl_config cfg;
    tl_wrapper wrappers[TL_GEN_MAX_WRAPPERS];
    tl_gen_tu(&in, &tu, &cfg, wrappers);
    tl_tu_apply_wrappers(&tu, cfg.wrappers, cfg.nwrappers);
    tl_findings fs;
    tl_findings_init(&fs);
    tl_stats stats = {0};
    tl_analyze_tu(&tu, &cfg, &fs, &stats);
    tl_findings_sort(&fs);
    FILE *sink = fopen("/dev/null", "w");
    if (sink) {
        tl_ir_dump(&tu, sink);
        fclose(sink);
    }
    tl_findings_free(&fs);
    tl_tu_free(&tu);
    return 0;
}
