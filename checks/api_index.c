#include "api_index.h"

#include <stdio.h>
#include <stdlib.h>

#include "api_text.h"
#include "module.h"

#define TL_COUNT_MODULE(name) +1
_Static_assert(1 TL_MODULE_LIST(TL_COUNT_MODULE) <= 32, "a module id is a bit of an unsigned");
#undef TL_COUNT_MODULE

void tl_api_index_build(tl_api_index *ix) {
    size_t n = 0;
    for (int id = 1; id < tl_module_count(); id++)
        for (const char *const *api = tl_module_get(id)->apis; *api; api++)
            n++;
    *ix = (tl_api_index){.info = calloc(n + 1, sizeof *ix->info)};
    if (!ix->info) {
        fputs("threadlint: out of memory\n", stderr);
        abort();
    }
    int next = 0;
    for (int id = 1; id < tl_module_count(); id++)
        for (const char *const *api = tl_module_get(id)->apis; *api; api++) {
            int k = tl_name_index_put(&ix->names, *api, next);
            if (k == next) /* new: the gate merges over every module once */
                ix->info[next++].gate = tl_module_api_gate(*api);
            ix->info[k].modules |= 1u << id;
        }
}

void tl_api_index_free(tl_api_index *ix) {
    tl_name_index_free(&ix->names);
    free(ix->info);
    ix->info = NULL;
}

tl_api_info tl_api_index_find(const tl_api_index *ix, const char *callee) {
    int k = tl_name_index_get(&ix->names, callee);
    return k >= 0 ? ix->info[k] : (tl_api_info){0, TL_GATE_NOT_API};
}
